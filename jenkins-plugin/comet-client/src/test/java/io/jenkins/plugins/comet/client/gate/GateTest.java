package io.jenkins.plugins.comet.client.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.report.GapChanges;
import io.jenkins.plugins.comet.client.report.GapKey;
import io.jenkins.plugins.comet.client.support.Reports;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {
    private static final GapChanges ONE_NEW_GAP = new GapChanges(true,
            List.of(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.SOURCE, "req/REQ-2.txt")), List.of());

    @Test
    void evaluate_newGapWithFailOnNewGaps_isFailureNamingTheGap() {
        var report = Reports.report(ONE_NEW_GAP, Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/REQ-2.txt"));
        var decision = Gate.evaluate(report, new GateRules(GateCondition.NEW_GAPS, GateCondition.NEVER, true));
        assertEquals(GateOutcome.FAILURE, decision.outcome());
        assertTrue(decision.reasons().get(0).contains("1 new gap: req/REQ-2.txt"), decision.reasons().toString());
    }

    @Test
    void evaluate_gapThatIsNotNew_passesNewGapsButNotAnyGaps() {
        var report = Reports.report(new GapChanges(true, List.of(), List.of()), Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/REQ-2.txt"));
        assertEquals(GateOutcome.SUCCESS, Gate.evaluate(report, new GateRules(GateCondition.NEW_GAPS, GateCondition.NEW_GAPS, true)).outcome());
        assertEquals(GateOutcome.UNSTABLE, Gate.evaluate(report, new GateRules(GateCondition.NEVER, GateCondition.ANY_GAPS, true)).outcome());
    }

    @Test
    void evaluate_targetGapsOnly_neverGate() {
        var opened = new GapChanges(true, List.of(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.TARGET, "src/Util.java")), List.of());
        var report = Reports.report(opened, Reports.view(TraceView.REQUIREMENTS_TO_CODE, null));
        assertEquals(GateOutcome.SUCCESS, Gate.evaluate(report, new GateRules(GateCondition.NEW_GAPS, GateCondition.ANY_GAPS, true)).outcome());
    }

    @Test
    void evaluate_vanishedLink_isUnstableWhenSoConfigured() {
        var report = Reports.report(GapChanges.none(), Reports.view(TraceView.REQUIREMENTS_TO_CODE, Reports.vanished("req/REQ-1.txt", "src/Old.java")));
        var decision = Gate.evaluate(report, new GateRules(GateCondition.NEVER, GateCondition.VANISHED_LINKS, true));
        assertEquals(GateOutcome.UNSTABLE, decision.outcome());
        assertTrue(decision.reasons().get(0).contains("req/REQ-1.txt \u2192 src/Old.java"), decision.reasons().toString());
    }

    @Test
    void evaluate_failOnWins_overUnstableOn() {
        var report = Reports.report(ONE_NEW_GAP, Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/REQ-2.txt"));
        assertEquals(GateOutcome.FAILURE, Gate.evaluate(report, new GateRules(GateCondition.ANY_GAPS, GateCondition.NEW_GAPS, true)).outcome());
    }

    @Test
    void unreachable_failOpenKeepsSuccess_failClosedFails() {
        var open = Gate.unreachable(new GateRules(GateCondition.ANY_GAPS, GateCondition.NEVER, true), "connection refused");
        assertEquals(GateOutcome.SUCCESS, open.outcome());
        assertTrue(open.serviceUnreachable());
        assertEquals(GateOutcome.FAILURE, Gate.unreachable(new GateRules(GateCondition.NEVER, GateCondition.NEVER, false), "x").outcome());
    }

    @Test
    void parse_idsAndNames_caseInsensitive_blankIsNever() {
        assertEquals(GateCondition.NEW_GAPS, GateCondition.parse("newGaps"));
        assertEquals(GateCondition.NEW_GAPS, GateCondition.parse("NEW_GAPS"));
        assertEquals(GateCondition.ANY_GAPS, GateCondition.parse("anygaps"));
        assertEquals(GateCondition.NEVER, GateCondition.parse(""));
        assertThrows(IllegalArgumentException.class, () -> GateCondition.parse("sometimes"));
    }

    @Test
    void worst_ordersOutcomes() {
        assertEquals(GateOutcome.FAILURE, GateOutcome.UNSTABLE.worst(GateOutcome.FAILURE));
        assertEquals(GateOutcome.UNSTABLE, GateOutcome.UNSTABLE.worst(GateOutcome.SUCCESS));
    }
}

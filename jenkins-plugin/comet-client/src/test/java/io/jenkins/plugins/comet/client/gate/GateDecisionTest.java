package io.jenkins.plugins.comet.client.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateDecisionTest {
    @Test
    void headline_unreachableFailOpen_saysNotEvaluated_althoughTheOutcomeIsSuccess() {
        var decision = Gate.unreachable(GateRules.defaults(), "connection refused");
        assertEquals(GateOutcome.SUCCESS, decision.outcome());
        assertFalse(decision.evaluated());
        assertTrue(decision.headline().startsWith("Gate not evaluated"), decision.headline());
        assertTrue(decision.headline().contains("fail-open left the build result unchanged"), decision.headline());
    }

    @Test
    void headline_unreachableFailClosed_saysNotEvaluatedAndFailed() {
        var decision = Gate.unreachable(new GateRules(GateCondition.NEVER, GateCondition.NEVER, false), "timeout");
        assertTrue(decision.headline().startsWith("Gate not evaluated"));
        assertTrue(decision.headline().endsWith("build failed"));
    }

    @Test
    void headline_evaluated_namesTheOutcome() {
        assertEquals("Gate passed", new GateDecision(GateOutcome.SUCCESS, List.of(), false).headline());
        assertEquals("Gate tripped: build marked unstable", new GateDecision(GateOutcome.UNSTABLE, List.of(), false).headline());
        assertEquals("Gate tripped: build failed", new GateDecision(GateOutcome.FAILURE, null, false).headline());
    }
}

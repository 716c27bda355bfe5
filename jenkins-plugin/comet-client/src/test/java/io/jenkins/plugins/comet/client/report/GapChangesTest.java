package io.jenkins.plugins.comet.client.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.support.Reports;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapChangesTest {
    @Test
    void between_gapsOfBothBuilds_splitIntoOpenedAndClosed() {
        var previous = Reports.report(GapChanges.none(), Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/A.txt", "req/B.txt"));
        var current = List.of(Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/B.txt", "req/C.txt"));
        var changes = GapChanges.between(current, previous);
        assertTrue(changes.compared());
        assertEquals(List.of(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.SOURCE, "req/C.txt")), changes.opened());
        assertEquals(List.of(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.SOURCE, "req/A.txt")), changes.closed());
    }

    @Test
    void between_noPreviousReport_comparesNothing() {
        var changes = GapChanges.between(List.of(Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/A.txt")), null);
        assertFalse(changes.compared());
        assertTrue(changes.opened().isEmpty());
    }

    @Test
    void between_viewMissingFromPreviousBuild_isNotCompared() {
        var previous = Reports.report(GapChanges.none(), Reports.view(TraceView.REQUIREMENTS_TO_CODE, null));
        var current = List.of(Reports.view(TraceView.REQUIREMENTS_TO_CODE, null), Reports.view(TraceView.REQUIREMENTS_TO_TESTS, null, "req/A.txt"));
        assertTrue(GapChanges.between(current, previous).opened().isEmpty());
    }
}

package io.jenkins.plugins.comet;

import hudson.model.Run;
import io.jenkins.plugins.comet.client.report.Report;

/** The report of the nearest earlier build that has one, to diff against. */
final class PreviousReports {
    /** How far back to look: builds without a report (e.g. the service was down) are skipped. */
    static final int MAX_BUILDS_BACK = 20;

    private PreviousReports() {
    }

    static Report find(Run<?, ?> run) {
        var previous = run.getPreviousBuild();
        for (var i = 0; previous != null && i < MAX_BUILDS_BACK; i++, previous = previous.getPreviousBuild()) {
            var action = previous.getAction(CometReportAction.class);
            if (action != null && action.getReport() != null) {
                return action.getReport();
            }
        }
        return null;
    }
}

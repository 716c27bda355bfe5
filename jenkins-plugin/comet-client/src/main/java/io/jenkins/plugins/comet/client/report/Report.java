package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;

/**
 * What one build learned from the service: a report per trace view, the gap changes since the
 * previous build, the files the scan skipped, and the gate's decision. Written with the build as JSON
 * (see {@link ReportJson}) so that the next build can compare with it.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written; a reader refuses newer formats
 * @param generatedAt   ISO-8601 instant
 */
public record Report(
        int formatVersion,
        String generatedAt,
        String serviceUrl,
        String projectId,
        List<ViewReport> views,
        GapChanges gapChanges,
        List<String> skippedFiles,
        GateDecision decision) {

    /** 2: views gained "reviewFirst" and the counts "needsReview"; version 1 files still read (those read as empty / 0). */
    public static final int FORMAT_VERSION = 2;

    /** The report of a view, or null when the build did not run it. */
    public ViewReport view(TraceView view) {
        return views.stream().filter(v -> v.view() == view).findFirst().orElse(null);
    }

    public Report withDecision(GateDecision gateDecision) {
        return new Report(formatVersion, generatedAt, serviceUrl, projectId, views, gapChanges, skippedFiles, gateDecision);
    }
}

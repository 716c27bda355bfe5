package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Diff;
import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.ReviewQuestion;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.api.Thresholds;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;

/**
 * One trace of a build (e.g. requirements -> code): the service run it came from, the links per
 * source, the gaps, and the link changes since the previous build's run (null when there was none
 * to compare with).
 *
 * @param calibration the service's one-line account of how scores became probabilities
 * @param reviewFirst the links to review first, most informative first (empty in reports written before it existed)
 */
public record ViewReport(
        TraceView view,
        String projectId,
        long runId,
        int version,
        Thresholds thresholds,
        String calibration,
        BucketCounts counts,
        List<SourceLinks> sources,
        List<Gap> gaps,
        Diff linkChanges,
        List<ReviewQuestion> reviewFirst) {

    public ViewReport {
        reviewFirst = reviewFirst == null ? List.of() : List.copyOf(reviewFirst);
    }

    /** A view without a review list. */
    public ViewReport(TraceView view, String projectId, long runId, int version, Thresholds thresholds, String calibration,
            BucketCounts counts, List<SourceLinks> sources, List<Gap> gaps, Diff linkChanges) {
        this(view, projectId, runId, version, thresholds, calibration, counts, sources, gaps, linkChanges, List.of());
    }

    public List<Gap> gaps(Role role) {
        return gaps.stream().filter(g -> g.role() == role).toList();
    }

    /** The links of a source, or null when the source is not in this view. */
    public SourceLinks source(String id) {
        return sources.stream().filter(s -> s.source().equals(id)).findFirst().orElse(null);
    }

    /** A link shown in this view, or null. */
    public ReportLink link(String source, String target) {
        var links = source(source);
        return links == null ? null : links.links().stream().filter(l -> l.target().equals(target)).findFirst().orElse(null);
    }
}

package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Diff;
import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Link;
import io.jenkins.plugins.comet.client.api.ReviewQuestion;
import io.jenkins.plugins.comet.client.api.RunInfo;
import io.jenkins.plugins.comet.client.api.Thresholds;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a run's links by source, most probable first, keeping every probable and unsure link and the best few others. */
public final class ViewReportBuilder {
    private ViewReportBuilder() {
    }

    /**
     * @param links        every link of the run, most probable first (the service's order)
     * @param explanations explanations by "source\ntarget" for the links that have one
     * @param sourceOrder  every source id of the view, in the order the report lists them
     * @param reviewFirst  the service's review queue: the links to ask reviewers about first
     */
    public static ViewReport build(
            TraceView view,
            RunInfo run,
            List<Link> links,
            Map<String, LinkExplanation> explanations,
            List<String> sourceOrder,
            List<Gap> gaps,
            Diff linkChanges,
            int notLinkedShown,
            List<ReviewQuestion> reviewFirst) {
        var bySource = new LinkedHashMap<String, List<ReportLink>>();
        var hidden = new LinkedHashMap<String, Integer>();
        for (var source : sourceOrder) {
            bySource.put(source, new ArrayList<>());
            hidden.put(source, 0);
        }
        var shownNot = new LinkedHashMap<String, Integer>();
        for (var link : links) {
            var list = bySource.computeIfAbsent(link.source(), s -> new ArrayList<>());
            if (link.bucket() == Bucket.PROBABLY_NOT && shownNot.merge(link.source(), 1, Integer::sum) > notLinkedShown) {
                hidden.merge(link.source(), 1, Integer::sum);
                continue;
            }
            list.add(ReportLink.from(link, explanations.get(key(link.source(), link.target()))));
        }
        var sources = new ArrayList<SourceLinks>();
        bySource.forEach((source, list) -> sources.add(new SourceLinks(source, List.copyOf(list), hidden.getOrDefault(source, 0))));
        var settings = run.settings();
        var thresholds = settings == null || settings.thresholds() == null ? Thresholds.DEFAULT : settings.thresholds();
        var calibration = run.summary() == null ? null : run.summary().calibration();
        return new ViewReport(view, run.projectId(), run.id(), run.version(), thresholds, calibration, BucketCounts.of(links),
                List.copyOf(sources), List.copyOf(gaps), linkChanges, reviewFirst);
    }

    public static String key(String source, String target) {
        return source + "\n" + target;
    }
}

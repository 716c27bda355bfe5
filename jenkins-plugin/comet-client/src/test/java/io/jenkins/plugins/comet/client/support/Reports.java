package io.jenkins.plugins.comet.client.support;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Diff;
import io.jenkins.plugins.comet.client.api.DiffEntry;
import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.api.SharedTerm;
import io.jenkins.plugins.comet.client.api.Thresholds;
import io.jenkins.plugins.comet.client.report.BucketCounts;
import io.jenkins.plugins.comet.client.report.GapChanges;
import io.jenkins.plugins.comet.client.report.LinkExplanation;
import io.jenkins.plugins.comet.client.report.Report;
import io.jenkins.plugins.comet.client.report.ReportLink;
import io.jenkins.plugins.comet.client.report.SourceLinks;
import io.jenkins.plugins.comet.client.report.ViewReport;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;
import java.util.Map;

/** Hand-made reports for tests that need no service: two requirements, one linked, one a gap. */
public final class Reports {
    private Reports() {
    }

    public static ReportLink link(String source, String target, int rank, double p, Bucket bucket) {
        var explanation = new LinkExplanation("Rank " + rank + ": the vsm score lies 2 sd above the mean.", Map.of("vsm", 0.25),
                List.of(new SharedTerm("login", 2, 3)), 0);
        return new ReportLink(source, target, rank, p, bucket, 0.25, null, bucket == Bucket.PROBABLY_NOT ? null : explanation);
    }

    /** REQ-1 -> Login.java probably linked; REQ-2 has only an unsure and a probably-not link (a gap). */
    public static ViewReport view(TraceView view, Diff changes, String... gapSources) {
        var req1 = new SourceLinks("req/REQ-1.txt", List.of(link("req/REQ-1.txt", "src/Login.java", 1, 0.93, Bucket.PROBABLY_LINKED)), 0);
        var req2 = new SourceLinks("req/REQ-2.txt", List.of(
                link("req/REQ-2.txt", "src/Report.java", 2, 0.55, Bucket.UNSURE),
                link("req/REQ-2.txt", "src/Login.java", 3, 0.10, Bucket.PROBABLY_NOT)), 4);
        var gaps = java.util.Arrays.stream(gapSources).map(id -> new Gap(Role.SOURCE, id, "src/Report.java", 0.55)).toList();
        return new ViewReport(view, "demo", 7, 2, Thresholds.DEFAULT, "interim", new BucketCounts(1, 1, 5), List.of(req1, req2),
                gaps, changes);
    }

    public static Report report(GapChanges changes, ViewReport... views) {
        return new Report(Report.FORMAT_VERSION, "2026-01-02T03:04:05Z", "http://127.0.0.1:1/", "demo", List.of(views), changes,
                List.of(), null);
    }

    public static Diff vanished(String source, String target) {
        return new Diff(6, 7, 0, 1, 0, List.of(), List.of(new DiffEntry(source, target, Bucket.PROBABLY_LINKED, Bucket.UNSURE, 0.8, 0.5)),
                List.of());
    }
}

package io.jenkins.plugins.comet.client.trace;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.CometClient;
import io.jenkins.plugins.comet.client.api.CreateProjectRequest;
import io.jenkins.plugins.comet.client.api.Diff;
import io.jenkins.plugins.comet.client.api.Link;
import io.jenkins.plugins.comet.client.api.RunInfo;
import io.jenkins.plugins.comet.client.api.RunStatus;
import io.jenkins.plugins.comet.client.report.GapChanges;
import io.jenkins.plugins.comet.client.report.LinkExplanation;
import io.jenkins.plugins.comet.client.report.Report;
import io.jenkins.plugins.comet.client.report.ViewReport;
import io.jenkins.plugins.comet.client.report.ViewReportBuilder;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.api.VersionInfo;
import io.jenkins.plugins.comet.client.upload.ArtifactFile;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One build's conversation with the service, per view: make sure the project exists, upload the
 * workspace's files as a new version, run, wait, and read links, gaps, explanations and the link diff
 * against the previous build's run. The result is a {@link Report} without a gate decision.
 */
public final class Tracer {
    /** Entries per list of a link diff; the counts stay complete. */
    static final int DIFF_LIMIT = 100;

    /** How many links the build page lists under "review these first". */
    static final int REVIEW_FIRST = 10;

    private final CometClient client;
    private final TraceLog log;
    private final RunPoller.Sleeper sleeper;
    private final Clock clock;

    public Tracer(CometClient client, TraceLog log) {
        this(client, log, duration -> Thread.sleep(duration.toMillis()), Clock.systemUTC());
    }

    public Tracer(CometClient client, TraceLog log, RunPoller.Sleeper sleeper, Clock clock) {
        this.client = client;
        this.log = log;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * @param previous the previous build's report, or null; it is compared with only when it traced the same project
     * @throws io.jenkins.plugins.comet.client.api.ServiceUnreachableException when the service cannot be reached
     * @throws IOException when the service refuses a request, a run fails, or no view has files to trace
     */
    public Report trace(TraceSettings settings, CollectedArtifacts collected, Report previous) throws IOException, InterruptedException {
        log.line("Comet: found " + collected.describe());
        for (var skipped : collected.skipped()) {
            log.line("  skipped " + skipped);
        }
        var comparable = previous != null && settings.projectId().equals(previous.projectId()) ? previous : null;
        var views = new ArrayList<ViewReport>();
        for (var view : TraceView.values()) {
            if (view.appliesTo(collected)) {
                views.add(trace(view, settings, collected, comparable == null ? null : comparable.view(view)));
            } else {
                log.line("Comet: " + view.title() + " skipped: no " + view.sources().label() + " or no " + view.targets().label()
                        + " files matched");
            }
        }
        if (views.isEmpty()) {
            throw new IOException("Nothing to trace: the requirement and code patterns must each match at least one file ("
                    + collected.describe() + ")");
        }
        return new Report(Report.FORMAT_VERSION, clock.instant().toString(), client.baseUrl().toString(), settings.projectId(),
                List.copyOf(views), GapChanges.between(views, comparable), collected.skipped(), null);
    }

    private ViewReport trace(TraceView view, TraceSettings settings, CollectedArtifacts collected, ViewReport previous)
            throws IOException, InterruptedException {
        var projectId = view.projectId(settings.projectId());
        ensureProject(projectId, settings.projectName() + " (" + view.title() + ")");
        var version = client.uploadArtifacts(projectId, view.uploads(collected));
        log.line("Comet: " + view.title() + ": uploaded version " + version.version() + " of " + projectId + " (" + version.added()
                + " added, " + version.changed() + " changed, " + version.unchanged() + " unchanged, " + version.removed() + " removed)");
        logDocuments(view, version);

        var started = client.startRun(projectId, version.version());
        var run = new RunPoller(client, log, sleeper, settings.pollInterval(), settings.runTimeout()).await(started);
        if (run.status() != RunStatus.COMPLETED) {
            throw new IOException("run " + run.id() + " of " + projectId + " ended " + run.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (run.error() == null ? "" : ": " + run.error()));
        }

        var links = client.allLinks(projectId, run.id());
        var gaps = client.gaps(projectId, run.id());
        var diff = linkChanges(projectId, run, previous);
        var explanations = explain(projectId, run.id(), links, settings.explainLimit());
        // A requirements document is stored as its items: the service then knows the sources, not the files.
        var sources = version.splitSources()
                ? client.artifactIds(projectId, version.version(), Role.SOURCE)
                : collected.group(view.sources()).stream().map(ArtifactFile::path).toList();
        var reviewFirst = client.reviewQueue(projectId, run.id(), REVIEW_FIRST);
        var report = ViewReportBuilder.build(view, run, links, explanations, sources, gaps, diff, settings.notLinkedShown(), reviewFirst);
        log.line("Comet: " + view.title() + ": run " + run.id() + ": " + report.counts().probablyLinked() + " probably linked, "
                + report.counts().unsure() + " unsure, " + report.counts().needsReview() + " need review, " + report.counts().probablyNot()
                + " probably not; " + gaps.size() + " gaps");
        return report;
    }

    // "requirements: 116 items from 2 OpenFastTrace documents", as comet trace says it, and the items left out.
    private void logDocuments(TraceView view, VersionInfo version) {
        if (version.documents() == null || version.documents().isEmpty()) {
            return;
        }
        var byFormat = new java.util.TreeMap<String, int[]>();
        for (var document : version.documents()) {
            var counts = byFormat.computeIfAbsent(document.role().name().toLowerCase(java.util.Locale.ROOT) + " " + document.format(), k -> new int[2]);
            counts[0] += document.items();
            counts[1]++;
        }
        byFormat.forEach((key, counts) -> {
            var roleAndFormat = key.split(" ", 2);
            log.line("Comet: " + view.title() + ": " + roleAndFormat[0] + "s: " + counts[0] + (counts[0] == 1 ? " item" : " items") + " from " + counts[1]
                    + " " + roleAndFormat[1] + (counts[1] == 1 ? " document" : " documents") + ", each traced on its own under its id");
        });
        if (version.skipped() != null) {
            for (var skipped : version.skipped()) {
                log.line("  left out " + skipped);
            }
        }
    }

    private void ensureProject(String projectId, String name) throws IOException, InterruptedException {
        if (client.findProject(projectId).isEmpty()) {
            client.createProject(new CreateProjectRequest(projectId, name));
            log.line("Comet: created project " + projectId);
        }
    }

    // Compared with the previous build's run, not the service's previous run: other jobs or branches
    // may have run the same project in between.
    private Diff linkChanges(String projectId, RunInfo run, ViewReport previous) throws IOException, InterruptedException {
        if (previous == null || !previous.projectId().equals(projectId) || previous.runId() == run.id()) {
            return null;
        }
        var diff = client.diff(projectId, run.id(), previous.runId(), DIFF_LIMIT);
        if (diff.isEmpty()) {
            log.line("Comet: the previous build's run " + previous.runId() + " is gone from the service; no link changes shown");
        }
        return diff.orElse(null);
    }

    private Map<String, LinkExplanation> explain(String projectId, long runId, List<Link> links, int limit)
            throws IOException, InterruptedException {
        var explanations = new HashMap<String, LinkExplanation>();
        for (var link : links) {
            if (explanations.size() >= limit) {
                break;
            }
            if (link.bucket() == Bucket.PROBABLY_NOT) {
                continue; // not shown with an explanation; a "needs review" link can come after many of these (its p is low)
            }
            var explanation = client.explanation(projectId, runId, link.source(), link.target());
            explanations.put(ViewReportBuilder.key(link.source(), link.target()), LinkExplanation.from(explanation));
        }
        return explanations;
    }
}

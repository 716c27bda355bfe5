package io.jenkins.plugins.comet.client.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.DiffEntry;
import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.api.Verdict;
import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.feedback.LikertAnswer;
import io.jenkins.plugins.comet.client.gate.Gate;
import io.jenkins.plugins.comet.client.gate.GateCondition;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.gate.GateRules;
import io.jenkins.plugins.comet.client.html.FeedbackForms;
import io.jenkins.plugins.comet.client.html.ReportHtml;
import io.jenkins.plugins.comet.client.report.GapKey;
import io.jenkins.plugins.comet.client.report.Report;
import io.jenkins.plugins.comet.client.report.ReportLink;
import io.jenkins.plugins.comet.client.report.SourceLinks;
import io.jenkins.plugins.comet.client.support.CometServer;
import io.jenkins.plugins.comet.client.support.CometServerExtension;
import io.jenkins.plugins.comet.client.support.RepoPaths;
import io.jenkins.plugins.comet.client.upload.ArtifactGlobs;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import io.jenkins.plugins.comet.client.upload.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole build flow against the real service on loopback: upload, run, links, feedback, diff, gate. */
@ExtendWith(CometServerExtension.class)
class ServiceFlowTest {
    static final ArtifactGlobs DEMO_GLOBS = ArtifactGlobs.of("requirements/**", "src/**", "tests/**", "");

    @Test
    void trace_demoWorkspace_reportsEveryViewWithConsistentBucketsAndGaps(CometServer server) throws Exception {
        var report = trace(server, "flow-demo", scan(RepoPaths.demoWorkspace()), null);

        assertEquals(List.of(TraceView.REQUIREMENTS_TO_CODE, TraceView.REQUIREMENTS_TO_TESTS, TraceView.TESTS_TO_CODE),
                report.views().stream().map(v -> v.view()).toList());
        var code = report.view(TraceView.REQUIREMENTS_TO_CODE);
        assertEquals("flow-demo", code.projectId());
        assertEquals(22 * 34, code.counts().total());
        assertEquals(22, code.sources().size());
        assertEquals(22 * 12, report.view(TraceView.REQUIREMENTS_TO_TESTS).counts().total());
        assertEquals("flow-demo.tests-code", report.view(TraceView.TESTS_TO_CODE).projectId());
        assertEquals(12 * 34, report.view(TraceView.TESTS_TO_CODE).counts().total());

        for (var view : report.views()) {
            for (var source : view.sources()) {
                assertBucketsFollowThresholds(source, view.thresholds().probablyLinked(), view.thresholds().unsure());
            }
            // The service's gaps are exactly the sources whose best link the report shows as probably not.
            var gapIds = view.gaps(Role.SOURCE).stream().map(Gap::id).sorted().toList();
            var noProbableLink = view.sources().stream().filter(SourceLinks::isGap).map(SourceLinks::source).sorted().toList();
            assertEquals(noProbableLink, gapIds, view.view().title());
            assertNull(view.linkChanges(), "a first build has nothing to compare with");
        }
        assertTrue(code.sources().stream().flatMap(s -> s.links().stream()).filter(l -> l.bucket() != Bucket.PROBABLY_NOT)
                .allMatch(l -> l.explanation() != null && !l.explanation().summary().isBlank()), "shown probable links are explained");
        assertFalse(report.gapChanges().compared());
        assertFalse(code.gaps(Role.SOURCE).isEmpty(), "the demo's unimplemented requirements share almost no words with any file");
        assertTrue(code.counts().needsReview() > 0, "without answers, requirements' best candidates need review");
        assertFalse(code.reviewFirst().isEmpty(), "the service's review queue is on the build page");
        assertEquals(1, code.reviewFirst().get(0).rankInSource());

        assertEquals(GateOutcome.SUCCESS, Gate.evaluate(report, new GateRules(GateCondition.NEW_GAPS, GateCondition.NEW_GAPS, true)).outcome());
        assertEquals(GateOutcome.FAILURE, Gate.evaluate(report, new GateRules(GateCondition.ANY_GAPS, GateCondition.NEVER, true)).outcome());

        var shownLinks = report.views().stream().flatMap(v -> v.sources().stream()).mapToInt(s -> s.links().size()).sum();
        var html = ReportHtml.fragment(report, List.of(), new FeedbackForms("feedback", null, null));
        assertEquals(shownLinks, html.split("<form ", -1).length - 1, "one feedback form per shown link");
    }

    @Test
    void feedback_surelyLinkedOnAGap_closesTheGapInTheNextBuild(CometServer server) throws Exception {
        var collected = scan(RepoPaths.demoWorkspace());
        var first = trace(server, "flow-feedback", collected, null);
        var view = first.view(TraceView.REQUIREMENTS_TO_CODE);
        var gap = view.gaps(Role.SOURCE).get(0);

        var request = LikertAnswer.SURELY.toRequest(gap.id(), gap.bestCandidate(), "ana", "checked by hand", view.runId());
        var stored = server.client().addFeedback(view.projectId(), request);
        assertEquals(Verdict.LIKERT, stored.verdict());
        assertEquals(5, stored.likert());
        assertEquals(view.runId(), stored.runId());
        var history = server.client().feedbackHistory(view.projectId(), gap.id(), gap.bestCandidate());
        assertEquals(List.of(stored), history.items());

        var second = trace(server, "flow-feedback", collected, first);
        var after = second.view(TraceView.REQUIREMENTS_TO_CODE);
        ReportLink link = after.link(gap.id(), gap.bestCandidate());
        assertEquals(Bucket.PROBABLY_LINKED, link.bucket());
        assertTrue(link.feedback().contains("likert 5 by ana"), link.feedback());
        assertTrue(second.gapChanges().closed().contains(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.SOURCE, gap.id())));
        assertEquals(view.runId(), after.linkChanges().baseRunId());
        assertTrue(pairs(after.linkChanges().appeared()).contains(gap.id() + " -> " + gap.bestCandidate()));
        var decision = Gate.evaluate(second, new GateRules(GateCondition.NEW_GAPS, GateCondition.VANISHED_LINKS, false));
        assertEquals(GateOutcome.SUCCESS, decision.outcome());

        // The page a person sees for this build; kept under target/ for the screenshot in docs/.
        var answer = new FeedbackRecord(TraceView.REQUIREMENTS_TO_CODE, gap.id(), gap.bestCandidate(), 5, "ana", "checked by hand", stored.id(),
                stored.recordedAt());
        var page = ReportHtml.page(second.withDecision(decision), List.of(answer), new FeedbackForms("feedback", "Jenkins-Crumb", "crumb"));
        assertTrue(page.contains("answered here: Surely linked (ana)"));
        Files.writeString(Path.of("target", "comet-report-demo.html"), page);
    }

    @Test
    void gate_requirementRewordedAwayFromTheCode_opensANewGapAndFailsTheBuild(CometServer server, @TempDir Path workspace) throws Exception {
        copy(RepoPaths.demoWorkspace(), workspace);
        var first = trace(server, "flow-gate", scan(workspace), null);
        var linked = first.view(TraceView.REQUIREMENTS_TO_CODE).sources().stream().filter(s -> !s.isGap()).findFirst().orElseThrow();

        Files.writeString(workspace.resolve(linked.source()), "Quarterly zebra violin\nPurple oceans hum beneath velvet mountains.\n");
        var second = trace(server, "flow-gate", scan(workspace), first);

        assertTrue(second.gapChanges().opened(Role.SOURCE).contains(new GapKey(TraceView.REQUIREMENTS_TO_CODE, Role.SOURCE, linked.source())));
        var decision = Gate.evaluate(second, new GateRules(GateCondition.NEW_GAPS, GateCondition.NEVER, true));
        assertEquals(GateOutcome.FAILURE, decision.outcome());
        assertTrue(decision.reasons().stream().anyMatch(r -> r.contains(linked.source())), decision.reasons().toString());
        // Under the model, a link "vanishes" only if it was probably linked; without answers the demo's best
        // links are unsure or need review, so the vanished-links gate follows what the first build showed.
        var hadProbable = first.view(TraceView.REQUIREMENTS_TO_CODE).source(linked.source()).links().stream()
                .anyMatch(l -> l.bucket() == Bucket.PROBABLY_LINKED);
        var vanished = Gate.evaluate(second, new GateRules(GateCondition.NEVER, GateCondition.VANISHED_LINKS, true));
        assertEquals(hadProbable ? GateOutcome.UNSTABLE : GateOutcome.SUCCESS, vanished.outcome());
    }

    @Test
    void trace_openFastTraceSpecification_reportsEachItemAsARequirement(CometServer server, @TempDir Path workspace) throws Exception {
        Files.createDirectories(workspace.resolve("requirements"));
        Files.createDirectories(workspace.resolve("src"));
        Files.writeString(workspace.resolve("requirements/system_requirements.md"), String.join("\n",
                "# Library", "## Borrowing", "`req~borrow-book~1`", "", "A member borrows a book; the loan is recorded with its due date.", "",
                "## Returning", "`req~return-book~1`", "", "A member returns a book; a late return charges a fine.", ""));
        Files.writeString(workspace.resolve("src/LoanDesk.java"), "/** Records a loan of a book with its due date. */\nclass LoanDesk { void borrow(Book book, Member member) {} }\n");
        Files.writeString(workspace.resolve("src/Fines.java"), "/** Charges a fine for a late return of a book. */\nclass Fines { void chargeLateReturn(Member member) {} }\n");
        var log = new ArrayList<String>();
        var settings = TraceSettings.defaults("flow-oft").withPollInterval(Duration.ofMillis(100)).withRunTimeout(Duration.ofMinutes(2));

        var report = new Tracer(server.client(), log::add, d -> Thread.sleep(d.toMillis()), Clock.systemUTC()).trace(settings, scan(workspace), null);

        var code = report.view(TraceView.REQUIREMENTS_TO_CODE);
        assertEquals(List.of("req~borrow-book~1", "req~return-book~1"), code.sources().stream().map(SourceLinks::source).sorted().toList());
        assertEquals(2 * 2, code.counts().total());
        assertEquals("src/LoanDesk.java", code.source("req~borrow-book~1").links().get(0).target());
        assertEquals("src/Fines.java", code.source("req~return-book~1").links().get(0).target());
        assertTrue(log.contains("Comet: " + TraceView.REQUIREMENTS_TO_CODE.title() + ": sources: 2 items from 1 OpenFastTrace document, each traced on its own under its id"),
                String.join("\n", log));

        // The build page lists the items, not the document; kept under target/ to look at.
        var page = ReportHtml.page(report, List.of(), new FeedbackForms("feedback", "Jenkins-Crumb", "crumb"));
        assertTrue(page.contains("req~borrow-book~1") && !page.contains("system_requirements.md"), "the page names the items");
        Files.writeString(Path.of("target", "comet-report-oft.html"), page);
    }

    @Test
    void trace_noRequirementsMatched_failsWithAClearMessage(CometServer server) throws Exception {
        var collected = new WorkspaceScanner(ArtifactGlobs.of("docs/none/**", "src/**", "", "")).scan(RepoPaths.demoWorkspace());
        var error = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> trace(server, "flow-empty", collected, null));
        assertTrue(error.getMessage().startsWith("Nothing to trace"), error.getMessage());
        assertTrue(server.client().findProject("flow-empty").isEmpty(), "nothing was created on the service");
    }

    static Report trace(CometServer server, String projectId, CollectedArtifacts collected, Report previous) throws Exception {
        var log = new ArrayList<String>();
        var settings = TraceSettings.defaults(projectId).withPollInterval(Duration.ofMillis(100)).withRunTimeout(Duration.ofMinutes(2));
        var clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
        var report = new Tracer(server.client(), log::add, d -> Thread.sleep(d.toMillis()), clock).trace(settings, collected, previous);
        assertNotNull(report);
        assertTrue(log.stream().anyMatch(l -> l.contains("uploaded version")), String.join("\n", log));
        return report;
    }

    static CollectedArtifacts scan(Path workspace) throws IOException {
        return new WorkspaceScanner(DEMO_GLOBS).scan(workspace);
    }

    private static void assertBucketsFollowThresholds(SourceLinks source, double linked, double unsure) {
        double previous = Double.POSITIVE_INFINITY;
        for (var link : source.links()) {
            var expected = link.probability() >= linked ? Bucket.PROBABLY_LINKED : link.probability() >= unsure ? Bucket.UNSURE : Bucket.PROBABLY_NOT;
            // Below the unsure threshold, a source's best candidate may need review (the model cannot judge it without answers).
            var reviewed = expected == Bucket.PROBABLY_NOT && link.bucket() == Bucket.NEEDS_REVIEW && link == source.links().get(0);
            assertEquals(expected, reviewed ? Bucket.PROBABLY_NOT : link.bucket(), link.source() + " -> " + link.target() + " p=" + link.probability());
            assertTrue(link.probability() <= previous, "links of a source are most probable first");
            previous = link.probability();
        }
    }

    private static List<String> pairs(List<DiffEntry> entries) {
        return entries.stream().map(e -> e.source() + " -> " + e.target()).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (var file : files.toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.report.ReportLink;
import io.jenkins.plugins.comet.client.report.SourceLinks;
import io.jenkins.plugins.comet.client.report.ViewReport;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.util.List;
import java.util.Locale;

/** One trace view: for each source, its links in the three buckets, each with its explanation and feedback form. */
final class ViewSection {
    private ViewSection() {
    }

    static String anchor(TraceView view) {
        return "comet-view-" + view.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void write(Html html, ViewReport view, List<FeedbackRecord> answers, FeedbackForms forms) {
        html.open("section", "class", "comet-view", "id", anchor(view.view())).element("h2", view.view().title()).newline();
        html.element("p", "Run #" + view.runId() + " of service project " + view.projectId() + ", version " + view.version()
                + (view.calibration() == null ? "" : ". " + view.calibration()), "class", "comet-meta").newline();
        writeReviewFirst(html, view);
        for (var source : view.sources()) {
            writeSource(html, view, source, answers, forms);
        }
        html.close("section").newline();
    }

    /** The service's review queue: the answers that would teach the model most, so reviewers know where to start. */
    private static void writeReviewFirst(Html html, ViewReport view) {
        if (view.reviewFirst().isEmpty()) {
            return;
        }
        html.open("div", "class", "comet-review-first").element("h3", "Review these first (" + view.reviewFirst().size() + ")");
        html.open("ol");
        for (var question : view.reviewFirst()) {
            html.open("li").element("span", question.source() + " \u2192 " + question.target(), "class", "comet-target")
                    .text(" p " + Html.probability(question.probability()) + ": " + question.reason()).close("li");
        }
        html.close("ol").close("div").newline();
    }

    private static void writeSource(Html html, ViewReport view, SourceLinks source, List<FeedbackRecord> answers, FeedbackForms forms) {
        html.open("div", "class", "comet-source").open("h3").text(source.source());
        // The service's gap list decides (as in the gaps section and the gate), not a re-derivation here.
        if (view.gaps(Role.SOURCE).stream().anyMatch(g -> g.id().equals(source.source()))) {
            html.element("span", "gap", "class", "comet-badge");
        }
        html.close("h3").newline();
        for (var bucket : Bucket.values()) {
            var links = source.in(bucket);
            if (links.isEmpty()) {
                continue;
            }
            html.element("h4", bucket.label() + " (" + links.size() + ")", "class", "comet-bucket comet-" + bucket.wireName());
            html.open("table", "class", "comet-links").open("tbody");
            for (var link : links) {
                writeLink(html, view, link, answers, forms);
            }
            html.close("tbody").close("table").newline();
        }
        if (source.probablyNotHidden() > 0) {
            html.element("p", "and " + source.probablyNotHidden() + " more probably-not links", "class", "comet-empty");
        }
        html.close("div").newline();
    }

    private static void writeLink(Html html, ViewReport view, ReportLink link, List<FeedbackRecord> answers, FeedbackForms forms) {
        html.open("tr", "class", "comet-link comet-" + link.bucket().wireName());
        html.element("td", link.target(), "class", "comet-target");
        // An explicit end tag: meter is not a void element, so "<meter/>" would swallow the number after it.
        html.open("td", "class", "comet-p").open("meter", "min", "0", "max", "1", "value", Html.probability(link.probability())).close("meter")
                .text(" " + Html.probability(link.probability())).close("td");
        html.element("td", "rank " + link.rank(), "class", "comet-rank");
        html.open("td", "class", "comet-notes");
        if (link.feedback() != null) {
            html.element("span", "set by feedback: " + link.feedback(), "class", "comet-feedback-note");
        }
        answers.stream().filter(a -> a.isAbout(view.view(), link.source(), link.target())).reduce((first, second) -> second)
                .ifPresent(a -> html.element("span", "answered here: " + likertLabel(a.likert()) + " (" + a.author() + ")",
                        "class", "comet-answered"));
        html.close("td").close("tr").newline();

        html.open("tr", "class", "comet-detail").open("td", "colspan", "4");
        if (link.explanation() != null) {
            ExplanationHtml.write(html, link.explanation());
        }
        if (forms.enabled()) {
            FeedbackFormHtml.write(html, view, link, forms);
        }
        html.close("td").close("tr").newline();
    }

    private static String likertLabel(int value) {
        return value >= 1 && value <= 5 ? io.jenkins.plugins.comet.client.feedback.LikertAnswer.fromValue(value).label() : "answer " + value;
    }
}

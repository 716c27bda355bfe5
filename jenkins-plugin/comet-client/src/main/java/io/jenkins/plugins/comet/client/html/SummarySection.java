package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.api.Thresholds;
import io.jenkins.plugins.comet.client.report.Report;
import java.util.Locale;

/** Title, the gate's decision, the bucket legend and one row of counts per trace view. */
final class SummarySection {
    private SummarySection() {
    }

    static void write(Html html, Report report) {
        html.element("h1", "Comet traceability: " + report.projectId()).newline();
        html.element("p", "Generated " + report.generatedAt() + " from " + report.serviceUrl(), "class", "comet-meta").newline();
        var decision = report.decision();
        if (decision != null) {
            var outcome = decision.outcome().name().toLowerCase(Locale.ROOT);
            html.open("div", "class", "comet-gate comet-gate-" + outcome);
            html.element("strong", decision.headline());
            html.open("ul");
            for (var reason : decision.reasons()) {
                html.element("li", reason);
            }
            html.close("ul").close("div").newline();
        }
        if (!report.views().isEmpty()) {
            legend(html, report.views().get(0).thresholds());
        }
        html.open("table", "class", "comet-summary").open("thead").open("tr");
        for (var heading : new String[] {"Trace", "Service run", Bucket.PROBABLY_LINKED.label(), Bucket.UNSURE.label(),
                Bucket.NEEDS_REVIEW.label(), Bucket.PROBABLY_NOT.label(), "Gaps: sources whose best link is probably not",
                "Gaps: targets whose best link is probably not"}) {
            html.element("th", heading);
        }
        html.close("tr").close("thead").open("tbody").newline();
        for (var view : report.views()) {
            html.open("tr");
            html.open("td").open("a", "href", "#" + ViewSection.anchor(view.view())).text(view.view().title()).close("a").close("td");
            html.element("td", view.projectId() + " #" + view.runId() + " (version " + view.version() + ")");
            for (var bucket : Bucket.values()) {
                html.element("td", Integer.toString(view.counts().get(bucket)), "class", "comet-num comet-" + bucket.wireName());
            }
            html.element("td", Integer.toString(view.gaps(Role.SOURCE).size()), "class", "comet-num");
            html.element("td", Integer.toString(view.gaps(Role.TARGET).size()), "class", "comet-num");
            html.close("tr").newline();
        }
        html.close("tbody").close("table").newline();
    }

    private static void legend(Html html, Thresholds t) {
        html.open("p", "class", "comet-legend");
        html.element("span", Bucket.PROBABLY_LINKED.label() + ": p \u2265 " + Html.probability(t.probablyLinked()),
                "class", "comet-chip comet-probably-linked");
        html.element("span", Bucket.UNSURE.label() + ": " + Html.probability(t.unsure()) + " \u2264 p < " + Html.probability(t.probablyLinked()),
                "class", "comet-chip comet-unsure");
        html.element("span", Bucket.NEEDS_REVIEW.label() + ": a requirement's best candidate the model cannot judge before answers",
                "class", "comet-chip comet-needs-review");
        html.element("span", Bucket.PROBABLY_NOT.label() + ": p < " + Html.probability(t.unsure()), "class", "comet-chip comet-probably-not");
        html.close("p").newline();
    }
}

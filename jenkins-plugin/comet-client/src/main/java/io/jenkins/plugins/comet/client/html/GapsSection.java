package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.api.Gap;
import io.jenkins.plugins.comet.client.api.Role;
import io.jenkins.plugins.comet.client.report.Report;
import java.util.List;

/** Artifacts with no probable link: sources (what gates the build) open, targets folded. */
final class GapsSection {
    private GapsSection() {
    }

    static void write(Html html, Report report) {
        html.open("section", "class", "comet-gaps", "id", "comet-gaps").element("h2", "Gaps: artifacts whose best link is probably not one").newline();
        for (var view : report.views()) {
            var title = view.view().title();
            var sources = view.gaps(Role.SOURCE);
            html.element("h3", title + ": " + sources.size() + " " + view.view().sources().label() + " whose best "
                    + view.view().targets().label() + " link is probably not one");
            table(html, sources);
            var targets = view.gaps(Role.TARGET);
            html.open("details").element("summary", targets.size() + " " + view.view().targets().label() + " files whose best "
                    + view.view().sources().label() + " link is probably not one");
            table(html, targets);
            html.close("details").newline();
        }
        html.close("section").newline();
    }

    private static void table(Html html, List<Gap> gaps) {
        if (gaps.isEmpty()) {
            html.element("p", "None.", "class", "comet-empty");
            return;
        }
        html.open("table", "class", "comet-gap-table").open("thead").open("tr")
                .element("th", "Artifact").element("th", "Best candidate").element("th", "p").close("tr").close("thead").open("tbody");
        for (var gap : gaps) {
            html.open("tr").element("td", gap.id()).element("td", gap.bestCandidate() == null ? "\u2014" : gap.bestCandidate())
                    .element("td", Html.probability(gap.bestProbability()), "class", "comet-num").close("tr");
        }
        html.close("tbody").close("table").newline();
    }
}

package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.api.DiffEntry;
import io.jenkins.plugins.comet.client.report.GapKey;
import io.jenkins.plugins.comet.client.report.Report;
import java.util.List;

/** Changes since the previous build: gaps that opened or closed, and links that appeared, vanished or changed bucket. */
final class ChangesSection {
    private ChangesSection() {
    }

    static void write(Html html, Report report) {
        html.open("section", "class", "comet-changes", "id", "comet-changes").element("h2", "Changes since the previous build").newline();
        var gaps = report.gapChanges();
        if (!gaps.compared()) {
            html.element("p", "No earlier build of this project has a Comet report to compare with.", "class", "comet-empty");
            html.close("section").newline();
            return;
        }
        gapList(html, "New gaps", gaps.opened());
        gapList(html, "Closed gaps", gaps.closed());
        for (var view : report.views()) {
            var diff = view.linkChanges();
            if (diff == null) {
                html.element("p", view.view().title() + ": no link changes (no comparable run in the previous build).", "class", "comet-empty");
                continue;
            }
            html.element("h3", view.view().title() + ": run #" + diff.baseRunId() + " \u2192 #" + diff.runId());
            entries(html, "Appeared (now probably linked)", diff.appearedCount(), diff.appeared());
            entries(html, "Vanished (no longer probably linked)", diff.vanishedCount(), diff.vanished());
            entries(html, "Changed between unsure and probably not", diff.changedCount(), diff.changed());
        }
        html.close("section").newline();
    }

    private static void gapList(Html html, String title, List<GapKey> keys) {
        html.open("p").element("strong", title + ": " + keys.size());
        if (!keys.isEmpty()) {
            html.open("ul", "class", "comet-gap-changes");
            for (var key : keys) {
                html.element("li", key.view().title() + " \u00b7 " + key.role().name().toLowerCase(java.util.Locale.ROOT) + " " + key.id());
            }
            html.close("ul");
        }
        html.close("p").newline();
    }

    private static void entries(Html html, String title, int count, List<DiffEntry> entries) {
        html.element("h4", title + ": " + count);
        if (entries.isEmpty()) {
            return;
        }
        html.open("table", "class", "comet-diff").open("thead").open("tr");
        for (var heading : new String[] {"Source", "Target", "Before", "After"}) {
            html.element("th", heading);
        }
        html.close("tr").close("thead").open("tbody");
        for (var entry : entries) {
            html.open("tr").element("td", entry.source()).element("td", entry.target())
                    .element("td", describe(entry.bucketBefore() == null ? null : entry.bucketBefore().label(), entry.probabilityBefore()))
                    .element("td", describe(entry.bucketAfter() == null ? null : entry.bucketAfter().label(), entry.probabilityAfter()))
                    .close("tr");
        }
        html.close("tbody").close("table").newline();
        if (count > entries.size()) {
            html.element("p", (count - entries.size()) + " more not listed.", "class", "comet-empty");
        }
    }

    private static String describe(String bucket, Double probability) {
        return bucket == null ? "\u2014 (no such pair)" : bucket + " (p = " + Html.probability(probability) + ")";
    }
}

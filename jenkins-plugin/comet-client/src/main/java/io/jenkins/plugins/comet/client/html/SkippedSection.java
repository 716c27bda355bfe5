package io.jenkins.plugins.comet.client.html;

import java.util.List;

/** Workspace files that matched a pattern but were not uploaded, with the reason. */
final class SkippedSection {
    private SkippedSection() {
    }

    static void write(Html html, List<String> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        html.open("details", "class", "comet-skipped").element("summary", skipped.size() + " matching files were not uploaded");
        html.open("ul");
        for (var line : skipped) {
            html.element("li", line);
        }
        html.close("ul").close("details").newline();
    }
}

package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.report.LinkExplanation;
import java.util.Locale;
import java.util.TreeMap;

/** "Why?": the service's sentence, each measure's score and the words both artifacts share. */
final class ExplanationHtml {
    private ExplanationHtml() {
    }

    static void write(Html html, LinkExplanation explanation) {
        html.open("details", "class", "comet-why").element("summary", "Why?");
        html.element("p", explanation.summary());
        if (!explanation.measures().isEmpty()) {
            var scores = new StringBuilder("Scores: ");
            new TreeMap<>(explanation.measures()).forEach((measure, score) -> scores.append(measure).append(' ')
                    .append(score == null ? "n/a" : String.format(Locale.ROOT, "%.4f", score)).append("  "));
            html.element("p", scores.toString().trim());
        }
        if (!explanation.sharedTerms().isEmpty()) {
            html.open("p").text("Shared words (source \u00d7 target): ");
            for (var term : explanation.sharedTerms()) {
                html.element("span", term.term() + " " + term.sourceCount() + "\u00d7" + term.targetCount(), "class", "comet-term");
            }
            html.close("p");
        }
        if (explanation.feedbackCount() > 0) {
            html.element("p", explanation.feedbackCount() + " answer(s) about this link on the service.");
        }
        html.close("details");
    }
}

package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.feedback.LikertAnswer;
import io.jenkins.plugins.comet.client.report.ReportLink;
import io.jenkins.plugins.comet.client.report.ViewReport;

/**
 * The Likert form of one link. Plain HTML, POST only, with the host's CSRF field; the answer that
 * agrees with the link's bucket is preselected, so confirming the service is one click.
 */
final class FeedbackFormHtml {
    private FeedbackFormHtml() {
    }

    static void write(Html html, ViewReport view, ReportLink link, FeedbackForms forms) {
        html.open("details", "class", "comet-answer").element("summary", "Answer");
        html.open("form", "method", "post", "action", forms.actionUrl(), "class", "comet-feedback");
        if (forms.crumbField() != null) {
            html.empty("input", "type", "hidden", "name", forms.crumbField(), "value", forms.crumbValue());
        }
        html.empty("input", "type", "hidden", "name", "view", "value", view.view().name());
        html.empty("input", "type", "hidden", "name", "source", "value", link.source());
        html.empty("input", "type", "hidden", "name", "target", "value", link.target());
        html.open("fieldset").element("legend", "Is " + link.source() + " \u2192 " + link.target() + " a true link?");
        var suggested = LikertAnswer.suggestedFor(link.bucket());
        for (var answer : LikertAnswer.values()) {
            html.open("label");
            html.empty("input", "type", "radio", "name", "likert", "value", Integer.toString(answer.value()),
                    "checked", answer == suggested ? "checked" : null);
            html.text(" " + answer.value() + " " + answer.label()).close("label");
        }
        html.close("fieldset");
        html.empty("input", "type", "text", "name", "comment", "maxlength", Integer.toString(LikertAnswer.MAX_COMMENT),
                "placeholder", "Comment (optional)", "aria-label", "Comment");
        html.element("button", "Send answer", "type", "submit");
        html.close("form").close("details");
    }
}

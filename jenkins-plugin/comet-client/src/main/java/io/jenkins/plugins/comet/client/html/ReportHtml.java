package io.jenkins.plugins.comet.client.html;

import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report page of a build, as HTML: summary and gate, changes since the previous build, gaps, then
 * each trace view's links per source in the three probability buckets, with the explanation and a
 * Likert feedback form per link. Jenkins embeds {@link #fragment} in its page (styles from
 * {@link #STYLESHEET} as an adjunct); {@link #page} is a standalone document with the styles inlined.
 * No scripts and no inline style attributes, so the page works under a strict Content-Security-Policy.
 */
public final class ReportHtml {
    /** Class-path location of the stylesheet (also a Stapler adjunct name: io.jenkins.plugins.comet.client.html.report). */
    public static final String STYLESHEET = "io/jenkins/plugins/comet/client/html/report.css";

    private ReportHtml() {
    }

    public static String fragment(Report report, List<FeedbackRecord> answers, FeedbackForms forms) {
        var html = new Html();
        html.open("div", "class", "comet-report").newline();
        SummarySection.write(html, report);
        ChangesSection.write(html, report);
        GapsSection.write(html, report);
        for (var view : report.views()) {
            ViewSection.write(html, view, answers, forms);
        }
        SkippedSection.write(html, report.skippedFiles());
        html.close("div").newline();
        return html.toString();
    }

    public static String page(Report report, List<FeedbackRecord> answers, FeedbackForms forms) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" /><title>"
                + Html.escape("Comet traceability: " + report.projectId()) + "</title><style>\n" + stylesheet()
                + "</style></head><body>\n" + fragment(report, answers, forms) + "</body></html>\n";
    }

    public static String stylesheet() {
        try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

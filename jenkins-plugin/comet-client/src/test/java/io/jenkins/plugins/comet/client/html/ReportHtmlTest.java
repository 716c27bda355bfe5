package io.jenkins.plugins.comet.client.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.feedback.FeedbackRecord;
import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.report.GapChanges;
import io.jenkins.plugins.comet.client.report.Report;
import io.jenkins.plugins.comet.client.report.SourceLinks;
import io.jenkins.plugins.comet.client.report.ViewReport;
import io.jenkins.plugins.comet.client.support.Reports;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlTest {
    private static final FeedbackForms FORMS = new FeedbackForms("feedback", "Jenkins-Crumb", "abc123");

    @Test
    void fragment_sampleReport_isWellFormedWithOneFormPerShownLink() throws Exception {
        var document = parse(ReportHtml.fragment(sample(), List.of(), FORMS));
        assertEquals(3, count(document, "//form[@method='post' and @action='feedback']"));
        assertEquals(3, count(document, "//form/input[@name='Jenkins-Crumb' and @value='abc123']"));
        assertEquals(15, count(document, "//form//input[@type='radio' and @name='likert']"));
        // The preselected answer agrees with the bucket: 4 for probably linked, 3 unsure, 2 probably not.
        assertEquals("4", text(document, "(//form)[1]//input[@checked='checked']/@value"));
        assertEquals("3", text(document, "(//form)[2]//input[@checked='checked']/@value"));
        assertEquals("2", text(document, "(//form)[3]//input[@checked='checked']/@value"));
    }

    @Test
    void fragment_sampleReport_showsBucketsGapsGateAndChanges() throws Exception {
        var document = parse(ReportHtml.fragment(sample(), List.of(), FORMS));
        assertEquals("Gate tripped: build marked unstable", text(document, "//div[contains(@class,'comet-gate-unstable')]/strong"));
        assertEquals("Probably linked (1)", text(document, "//h4[contains(@class,'comet-probably-linked')]"));
        assertEquals("Unsure (1)", text(document, "//h4[contains(@class,'comet-unsure')]"));
        assertEquals("Probably not linked (1)", text(document, "//h4[contains(@class,'comet-probably-not')]"));
        assertEquals("gap", text(document, "//div[@class='comet-source'][2]/h3/span[@class='comet-badge']"));
        assertEquals("and 4 more probably-not links", text(document, "//div[@class='comet-source'][2]/p[@class='comet-empty']"));
        assertEquals("req/REQ-2.txt", text(document, "//table[@class='comet-gap-table']//td[1]"));
        assertEquals("req/REQ-1.txt", text(document, "//section[@id='comet-changes']//table[@class='comet-diff']//td[1]"));
        assertEquals("Probably linked: p \u2265 0.70", text(document, "//p[@class='comet-legend']/span[1]"));
        assertEquals("0.93", text(document, "//td[@class='comet-p']/meter/@value"));
        // The number stays outside the meter element, which browsers do not render as text.
        assertEquals(0, count(document, "//meter/node()"));
        assertEquals("0.93", text(document, "(//td[@class='comet-p'])[1]"));
        assertTrue(text(document, "//details[@class='comet-why']/p[1]").startsWith("Rank 1:"));
    }

    @Test
    void fragment_hostileIds_areEscapedAndNoScriptIsEmitted() throws Exception {
        var hostile = "req/<script>alert('x')</script>&.txt";
        var view = Reports.view(TraceView.REQUIREMENTS_TO_CODE, null);
        var source = new SourceLinks(hostile, List.of(Reports.link(hostile, "src/\"q\".java", 1, 0.9, Bucket.PROBABLY_LINKED)), 0);
        var report = Reports.report(GapChanges.none(), withSources(view, List.of(source)));
        var html = ReportHtml.fragment(report, List.of(), FORMS);
        assertFalse(html.contains("<script"), html);
        var document = parse(html);
        assertEquals(0, count(document, "//script"));
        assertEquals(hostile, text(document, "//div[@class='comet-source']/h3"));
        assertEquals(hostile, text(document, "//form/input[@name='source']/@value"));
    }

    @Test
    void fragment_readOnly_hasNoForms_andShowsAnswersGiven() throws Exception {
        var answer = new FeedbackRecord(TraceView.REQUIREMENTS_TO_CODE, "req/REQ-1.txt", "src/Login.java", 5, "ana", null, 9, "t");
        var document = parse(ReportHtml.fragment(sample(), List.of(answer), FeedbackForms.readOnly()));
        assertEquals(0, count(document, "//form"));
        assertEquals("answered here: Surely linked (ana)", text(document, "//span[@class='comet-answered']"));
    }

    @Test
    void page_standalone_inlinesTheStylesheet() {
        var page = ReportHtml.page(sample(), List.of(), FORMS);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains(".comet-report .comet-gate-failure"));
        assertTrue(page.contains("<title>Comet traceability: demo</title>"));
    }

    private static Report sample() {
        var view = Reports.view(TraceView.REQUIREMENTS_TO_CODE, Reports.vanished("req/REQ-1.txt", "src/Old.java"), "req/REQ-2.txt");
        return Reports.report(new GapChanges(true, List.of(), List.of()), view)
                .withDecision(new GateDecision(GateOutcome.UNSTABLE, List.of("Gate unstable on vanishedLinks: 1 link"), false));
    }

    private static ViewReport withSources(ViewReport v, List<SourceLinks> sources) {
        return new ViewReport(v.view(), v.projectId(), v.runId(), v.version(), v.thresholds(), v.calibration(), v.counts(), sources, v.gaps(),
                v.linkChanges());
    }

    private static Document parse(String fragment) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(fragment)));
    }

    private static int count(Document document, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET)).getLength();
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document).trim();
    }
}

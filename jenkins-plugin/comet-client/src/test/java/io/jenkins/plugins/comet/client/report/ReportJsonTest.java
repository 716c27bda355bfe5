package io.jenkins.plugins.comet.client.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jenkins.plugins.comet.client.gate.GateDecision;
import io.jenkins.plugins.comet.client.gate.GateOutcome;
import io.jenkins.plugins.comet.client.support.Reports;
import io.jenkins.plugins.comet.client.trace.TraceView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    @Test
    void writeThenRead_report_isEqual(@TempDir Path dir) throws IOException {
        var report = Reports.report(GapChanges.none(),
                Reports.view(TraceView.REQUIREMENTS_TO_CODE, Reports.vanished("req/REQ-1.txt", "src/Old.java"), "req/REQ-2.txt"))
                .withDecision(new GateDecision(GateOutcome.UNSTABLE, List.of("because"), false));
        var file = dir.resolve("comet/report.json");
        ReportJson.write(report, file);
        assertEquals(report, ReportJson.read(file));
        assertEquals(List.of("report.json"), Files.list(file.getParent()).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void read_newerFormat_isRefused(@TempDir Path dir) throws IOException {
        var json = ReportJson.toJson(Reports.report(GapChanges.none())).replace("\"formatVersion\" : 2", "\"formatVersion\" : 99");
        var file = dir.resolve("report.json");
        Files.writeString(file, json);
        var error = assertThrows(IOException.class, () -> ReportJson.read(file));
        assertEquals(file + " has report format 99; this plugin reads up to 2", error.getMessage());
    }

    @Test
    void read_formatOneWithoutReviewListOrNeedsReviewCount_readsThemAsEmpty(@TempDir Path dir) throws IOException {
        var report = Reports.report(GapChanges.none(), Reports.view(TraceView.REQUIREMENTS_TO_CODE, null, "req/REQ-2.txt"));
        var json = ReportJson.toJson(report).replace("\"formatVersion\" : 2", "\"formatVersion\" : 1")
                .replaceAll(",\\s*\"needsReview\" : 0", "").replaceAll(",\\s*\"reviewFirst\" : \\[ \\]", "");
        assertFalse(json.contains("needsReview") || json.contains("reviewFirst"), json);
        var file = dir.resolve("report.json");
        Files.writeString(file, json);
        var read = ReportJson.read(file);
        assertEquals(List.of(), read.views().get(0).reviewFirst());
        assertEquals(0, read.views().get(0).counts().needsReview());
        assertEquals(report.views().get(0).sources(), read.views().get(0).sources());
    }
}

package io.jenkins.plugins.comet.client.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.comet.client.api.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes a build's report file. Written to a temporary file first, so that a crash never leaves half a report. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = Json.strict();

    private ReportJson() {
    }

    public static void write(Report report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var temporary = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), report);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Report read(Path file) throws IOException {
        var report = MAPPER.readValue(file.toFile(), Report.class);
        if (report.formatVersion() > Report.FORMAT_VERSION) {
            throw new IOException(file + " has report format " + report.formatVersion() + "; this plugin reads up to "
                    + Report.FORMAT_VERSION);
        }
        return report;
    }

    public static String toJson(Report report) throws IOException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    public static Report fromJson(String json) throws IOException {
        return MAPPER.readValue(json, Report.class);
    }
}

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

    // Reading stays strict on unknown fields but lets fields that later formats added be absent, so the
    // previous build's report, written by an older plugin, still compares.
    private static final ObjectMapper READER = Json.strict()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    private ReportJson() {
    }

    public static void write(Report report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var temporary = file.resolveSibling(file.getFileName() + ".tmp");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), report);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Report read(Path file) throws IOException {
        var report = READER.readValue(file.toFile(), Report.class);
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
        return READER.readValue(json, Report.class);
    }
}

package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/** An RFC 7807 error body as the service sends it; {@code errors} only on validation problems (400). */
public record Problem(String type, String title, int status, String detail, Map<String, List<String>> errors, String traceId) {

    /** Longest title or detail echoed into a build log. */
    static final int MAX_ECHO = 200;

    /**
     * One line for a build log: title and detail, cut to {@value #MAX_ECHO} characters each, control
     * characters replaced, and the names (not the messages) of fields with errors. Nothing else of a
     * response is echoed: a URL pointed at some other internal server must not copy its pages into logs.
     */
    public String describe() {
        var text = new StringBuilder(title == null || title.isBlank() ? "HTTP " + status : echo(title));
        if (detail != null && !detail.isBlank()) {
            text.append(' ').append(echo(detail));
        }
        if (errors != null && !errors.isEmpty()) {
            text.append(" [fields: ").append(echo(String.join(", ", new java.util.TreeSet<>(errors.keySet())))).append(']');
        }
        return text.toString();
    }

    private static String echo(String value) {
        var clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= MAX_ECHO ? clean : clean.substring(0, MAX_ECHO) + "...";
    }
}

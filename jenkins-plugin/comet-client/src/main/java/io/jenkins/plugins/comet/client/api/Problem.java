package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/** An RFC 7807 error body as the service sends it; {@code errors} only on validation problems (400). */
public record Problem(String type, String title, int status, String detail, Map<String, List<String>> errors, String traceId) {

    /** One line for a build log: title, detail and the field errors. */
    public String describe() {
        var text = new StringBuilder(title == null ? "HTTP " + status : title);
        if (detail != null && !detail.isBlank()) {
            text.append(' ').append(detail);
        }
        if (errors != null) {
            errors.forEach((field, messages) -> text.append(" [").append(field).append(": ").append(String.join("; ", messages)).append(']'));
        }
        return text.toString();
    }
}

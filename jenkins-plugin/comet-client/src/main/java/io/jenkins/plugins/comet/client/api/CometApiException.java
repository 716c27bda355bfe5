package io.jenkins.plugins.comet.client.api;

import java.io.IOException;

/** The service answered, but with an error status (4xx, or a 500); {@link #problem()} holds its RFC 7807 body when it sent one. */
public class CometApiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Problem problem;

    public CometApiException(String request, int status, Problem problem, String rawBody) {
        super(request + " answered " + status + ": " + (problem != null ? problem.describe() : abbreviate(rawBody)));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The error body, or null when it was not a problem document. */
    public Problem problem() {
        return problem;
    }

    private static String abbreviate(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}

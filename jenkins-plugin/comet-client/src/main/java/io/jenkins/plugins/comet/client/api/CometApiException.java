package io.jenkins.plugins.comet.client.api;

import java.io.IOException;

/**
 * The service answered, but with an error status (4xx, or a 500); {@link #problem()} holds its RFC 7807
 * body when it sent one. The message carries only the problem's title and detail, never a raw body (see
 * {@link Problem#describe()}).
 */
public class CometApiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Problem problem;

    public CometApiException(String request, int status, Problem problem) {
        super(request + " answered " + status + ": "
                + (problem != null ? problem.describe() : "(not an RFC 7807 problem document; the body is not shown)"));
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
}

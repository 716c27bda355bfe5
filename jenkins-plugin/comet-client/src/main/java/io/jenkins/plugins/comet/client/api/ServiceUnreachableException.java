package io.jenkins.plugins.comet.client.api;

import java.io.IOException;

/**
 * The service could not be asked: no connection, a timeout, or a gateway/unavailable status (502, 503,
 * 504). Kept apart from {@link CometApiException} because the build step's fail-open option applies to
 * this case only: a wrong key or a bad request is a configuration error and always fails the step.
 */
public class ServiceUnreachableException extends IOException {
    private static final long serialVersionUID = 1L;

    public ServiceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

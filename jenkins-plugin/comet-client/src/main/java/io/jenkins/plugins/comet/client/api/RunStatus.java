package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Life of a run on the service: queued, running, then one of the final states. */
public enum RunStatus {
    @JsonProperty("queued")
    QUEUED,
    @JsonProperty("running")
    RUNNING,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("failed")
    FAILED,
    @JsonProperty("cancelled")
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}

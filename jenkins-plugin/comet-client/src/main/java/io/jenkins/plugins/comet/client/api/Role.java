package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an artifact sits in one trace: sources are traced to targets; intermediates lie between (evidence only). */
public enum Role {
    @JsonProperty("source")
    SOURCE,
    @JsonProperty("target")
    TARGET,
    @JsonProperty("intermediate")
    INTERMEDIATE
}

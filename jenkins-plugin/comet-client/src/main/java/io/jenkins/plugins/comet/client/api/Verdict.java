package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a person said about a link; {@link #LIKERT} comes with a 1-5 rating. */
public enum Verdict {
    @JsonProperty("confirm")
    CONFIRM,
    @JsonProperty("reject")
    REJECT,
    @JsonProperty("likert")
    LIKERT
}

package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The three probability bands the service puts each link in (wire names in kebab case). The service
 * classifies with the project's thresholds (default: probably linked at p >= 0.7, unsure at p >= 0.4);
 * the client never re-classifies, so a project with other thresholds shows the service's answer.
 */
public enum Bucket {
    @JsonProperty("probably-linked")
    PROBABLY_LINKED("probably-linked", "Probably linked"),
    @JsonProperty("unsure")
    UNSURE("unsure", "Unsure"),
    @JsonProperty("probably-not")
    PROBABLY_NOT("probably-not", "Probably not linked");

    private final String wireName;
    private final String label;

    Bucket(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The name in query strings and JSON, e.g. "probably-linked". */
    public String wireName() {
        return wireName;
    }

    /** The heading people read. */
    public String label() {
        return label;
    }
}

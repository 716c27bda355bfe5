package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The bands the service puts each link in (wire names in kebab case). The service classifies with the
 * project's thresholds (default: probably linked at p >= 0.7, unsure at p >= 0.4); "needs review" is a
 * requirement's best candidate that the model cannot judge before answers teach it how many links the
 * project has. The client never re-classifies, so a project with other thresholds shows the service's
 * answer. Declared most sure first; names, order and default thresholds are the service's
 * (Comet.Core.Links.LinkBuckets), pinned for both by jenkins-plugin/contract/buckets.json (BucketContractTest).
 */
public enum Bucket {
    @JsonProperty("probably-linked")
    PROBABLY_LINKED("probably-linked", "Probably linked"),
    @JsonProperty("unsure")
    UNSURE("unsure", "Unsure"),
    @JsonProperty("needs-review")
    NEEDS_REVIEW("needs-review", "Needs review"),
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

package io.jenkins.plugins.comet.client.api;

import java.io.Serializable;

/** An analysed (stemmed) term found in both artifacts of a link, with its count in each. */
public record SharedTerm(String term, int sourceCount, int targetCount) implements Serializable {
    private static final long serialVersionUID = 1L;
}

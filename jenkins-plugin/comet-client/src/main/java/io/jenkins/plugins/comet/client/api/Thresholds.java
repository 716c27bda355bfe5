package io.jenkins.plugins.comet.client.api;

import java.io.Serializable;

/** Lower bounds of the buckets as a project sets them: probably linked at p >= probablyLinked, unsure at p >= unsure. */
public record Thresholds(double probablyLinked, double unsure) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The service's defaults, also the original COMET plugin's. */
    public static final Thresholds DEFAULT = new Thresholds(0.7, 0.4);
}

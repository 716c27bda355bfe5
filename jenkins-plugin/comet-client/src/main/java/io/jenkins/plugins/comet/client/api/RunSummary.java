package io.jenkins.plugins.comet.client.api;

import java.util.Map;

/** What a completed run found, and how long each stage took (seconds). */
public record RunSummary(
        int sources,
        int targets,
        int intermediates,
        int links,
        int probablyLinked,
        int unsure,
        int probablyNot,
        String rankedBy,
        String model,
        String calibration,
        int feedbackApplied,
        int artifactsChanged,
        int artifactsUnchanged,
        Map<String, Double> stageSeconds) {
}

package io.jenkins.plugins.comet.client.api;

import java.util.Map;

/**
 * What a completed run found, and how long each stage took (seconds).
 *
 * @param needsReview links stored "needs review": requirements' best candidates the model cannot judge before answers
 * @param linkCount   what the model can say of how many links there are (null for a scorer without a model)
 */
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
        Map<String, Double> stageSeconds,
        int needsReview,
        String linkCount) {
}

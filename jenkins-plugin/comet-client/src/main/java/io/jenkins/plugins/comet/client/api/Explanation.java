package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/**
 * GET .../links/explanation: why one link got its probability (scores, calibration, feedback, shared words).
 * {@code z} is the first measure's z-value; {@code logOdds} the link model's posterior log-odds, null
 * without a model.
 */
public record Explanation(
        Link link,
        String summary,
        int rankWithinSource,
        String rankedBy,
        Map<String, Double> measures,
        double z,
        Double logOdds,
        String calibration,
        List<Feedback> feedbackHistory,
        List<SharedTerm> sharedTerms) {
}

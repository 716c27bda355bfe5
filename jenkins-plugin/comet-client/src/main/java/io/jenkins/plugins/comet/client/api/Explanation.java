package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/** GET .../links/explanation: why one link got its probability (scores, calibration, feedback, shared words). */
public record Explanation(
        Link link,
        String summary,
        int rankWithinSource,
        String rankedBy,
        Map<String, Double> measures,
        double z,
        String calibration,
        List<Feedback> feedbackHistory,
        List<SharedTerm> sharedTerms) {
}

package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Explanation;
import io.jenkins.plugins.comet.client.api.SharedTerm;
import java.util.List;
import java.util.Map;

/**
 * The part of the service's explanation a build keeps: the sentence, every measure's score, the
 * shared words, and how many answers people gave about the link.
 */
public record LinkExplanation(String summary, Map<String, Double> measures, List<SharedTerm> sharedTerms, int feedbackCount) {

    public static LinkExplanation from(Explanation explanation) {
        return new LinkExplanation(
                explanation.summary(),
                explanation.measures() == null ? Map.of() : Map.copyOf(explanation.measures()),
                explanation.sharedTerms() == null ? List.of() : List.copyOf(explanation.sharedTerms()),
                explanation.feedbackHistory() == null ? 0 : explanation.feedbackHistory().size());
    }
}

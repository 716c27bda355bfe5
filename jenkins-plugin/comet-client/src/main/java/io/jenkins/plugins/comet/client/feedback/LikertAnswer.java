package io.jenkins.plugins.comet.client.feedback;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.FeedbackRequest;
import io.jenkins.plugins.comet.client.api.Verdict;

/**
 * The 5-point Likert scale of the original COMET plugin's feedback dialog, from 1 (surely not linked)
 * to 5 (surely linked). Every answer goes to the service as verdict "likert" with its value, so that
 * the service's model, not the client, decides what a rating means for the probability.
 */
public enum LikertAnswer {
    SURELY_NOT(1, "Surely not linked"),
    PROBABLY_NOT(2, "Probably not linked"),
    UNSURE(3, "Unsure"),
    PROBABLY(4, "Probably linked"),
    SURELY(5, "Surely linked");

    /** The service's limits on the author and comment fields. */
    public static final int MAX_AUTHOR = 200;
    public static final int MAX_COMMENT = 4000;

    private final int value;
    private final String label;

    LikertAnswer(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static LikertAnswer fromValue(int value) {
        for (var answer : values()) {
            if (answer.value == value) {
                return answer;
            }
        }
        throw new IllegalArgumentException("a Likert answer is 1 to 5, not " + value);
    }

    /** The answer a form preselects for a link: the one that agrees with the service's bucket. */
    public static LikertAnswer suggestedFor(Bucket bucket) {
        return switch (bucket) {
            case PROBABLY_LINKED -> PROBABLY;
            case UNSURE, NEEDS_REVIEW -> UNSURE;
            case PROBABLY_NOT -> PROBABLY_NOT;
        };
    }

    /**
     * The request the service expects. A blank comment is left out.
     *
     * @throws IllegalArgumentException when author or comment break the service's rules
     */
    public FeedbackRequest toRequest(String source, String target, String author, String comment, Long runId) {
        if (author == null || author.isBlank() || author.length() > MAX_AUTHOR || author.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the author must have 1-" + MAX_AUTHOR + " characters without control characters");
        }
        var trimmed = comment == null || comment.isBlank() ? null : comment.trim();
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment must have at most " + MAX_COMMENT + " characters");
        }
        return new FeedbackRequest(source, target, Verdict.LIKERT, value, author, trimmed, runId);
    }
}

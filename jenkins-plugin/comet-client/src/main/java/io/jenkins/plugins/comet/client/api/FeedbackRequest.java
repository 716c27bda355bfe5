package io.jenkins.plugins.comet.client.api;

/** Body of POST /projects/{id}/feedback; likert (1-5) only with verdict LIKERT; runId: the run the person looked at. */
public record FeedbackRequest(
        String source,
        String target,
        Verdict verdict,
        Integer likert,
        String author,
        String comment,
        Long runId) {
}

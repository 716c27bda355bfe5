package io.jenkins.plugins.comet.client.api;

/** A stored answer about a link (POST/GET /projects/{id}/feedback). */
public record Feedback(
        long id,
        String source,
        String target,
        Verdict verdict,
        Integer likert,
        String author,
        String comment,
        Long runId,
        String recordedAt) {
}

package io.jenkins.plugins.comet.client.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A run as GET /projects/{id}/runs/{runId} shows it; {@code progress} runs from 0 to 1. */
public record RunInfo(
        long id,
        String projectId,
        int version,
        RunStatus status,
        String stage,
        double progress,
        ProjectSettings settings,
        String createdAt,
        String startedAt,
        String finishedAt,
        String error,
        RunSummary summary,
        boolean linksPruned,
        // Named explicitly: Jackson would otherwise read the accessor isFinal() as a property "final".
        @JsonProperty("isFinal") boolean isFinal) {
}

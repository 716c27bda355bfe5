package io.jenkins.plugins.comet.client.api;

/** Body of POST /projects/{id}/runs: which version to trace (null: the latest). */
public record StartRunRequest(Integer version) {
}

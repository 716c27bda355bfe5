package io.jenkins.plugins.comet.client.api;

/** GET /health: "ok" and the database schema version. */
public record Health(String status, int schemaVersion) {
}

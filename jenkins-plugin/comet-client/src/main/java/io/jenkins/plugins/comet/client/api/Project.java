package io.jenkins.plugins.comet.client.api;

/** A project on the service (GET /projects/{id}, POST /projects). Times are ISO-8601 strings as sent. */
public record Project(String id, String name, ProjectSettings settings, int latestVersion, String createdAt, String updatedAt) {
}

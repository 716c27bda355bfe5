package io.jenkins.plugins.comet.client.api;

/** Body of POST /projects; settings are left to the service's defaults. */
public record CreateProjectRequest(String id, String name) {
}

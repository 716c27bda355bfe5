package io.jenkins.plugins.comet.client.api;

/** An artifact as the service lists it (without its text): what the build page needs of it. */
public record ArtifactEntry(Role role, String id, String path) {
}

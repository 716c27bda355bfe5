package io.jenkins.plugins.comet.client.api;

/**
 * One artifact of an upload. The id is the workspace-relative path with '/' separators, so that the
 * same file keeps its id from build to build (which the service's version diff relies on).
 */
public record ArtifactUpload(Role role, String id, String text, String path) {
}

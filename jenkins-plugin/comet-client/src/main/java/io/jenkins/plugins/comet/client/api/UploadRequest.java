package io.jenkins.plugins.comet.client.api;

import java.util.List;

/** Body of POST /projects/{id}/artifacts: one batch that becomes a new version. */
public record UploadRequest(List<ArtifactUpload> artifacts) {
}

package io.jenkins.plugins.comet.client.upload;

import java.io.Serializable;

/** A workspace file read for upload: its relative path ('/' separators; also its artifact id) and its text. */
public record ArtifactFile(String path, String text) implements Serializable {
    private static final long serialVersionUID = 1L;
}

package io.jenkins.plugins.comet;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.comet.client.upload.ArtifactGlobs;
import io.jenkins.plugins.comet.client.upload.CollectedArtifacts;
import io.jenkins.plugins.comet.client.upload.WorkspaceScanner;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/** Reads the matching files where the workspace is (often an agent) and sends only their text back to the controller. */
final class ScanWorkspace extends MasterToSlaveFileCallable<CollectedArtifacts> {
    private static final long serialVersionUID = 1L;

    private final ArtifactGlobs globs;

    ScanWorkspace(ArtifactGlobs globs) {
        this.globs = globs;
    }

    @Override
    public CollectedArtifacts invoke(File workspace, VirtualChannel channel) throws IOException {
        return new WorkspaceScanner(globs).scan(workspace.toPath());
    }
}

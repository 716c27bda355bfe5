package io.jenkins.plugins.comet;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.comet.client.upload.ArtifactGlobs;
import io.jenkins.plugins.comet.client.upload.PayloadCap;
import io.jenkins.plugins.comet.client.upload.ScanWire;
import io.jenkins.plugins.comet.client.upload.WorkspaceScanner;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * Reads the matching files where the workspace is (often an agent) and sends only their text back.
 * Both directions carry JDK types only (strings; a String[][] back, see {@link ScanWire}): the controller
 * deserializes an agent's answer through Jenkins' JEP-200 class filter, which rejects comet-client's classes.
 */
final class ScanWorkspace extends MasterToSlaveFileCallable<String[][]> {
    private static final long serialVersionUID = 2L;

    private final String requirements;
    private final String sources;
    private final String tests;
    private final String excludes;
    private final long maxChars;

    /** The patterns must already have passed {@link ArtifactGlobs#of} on the controller, so that errors show there. */
    ScanWorkspace(String requirements, String sources, String tests, String excludes, long maxChars) {
        this.requirements = requirements;
        this.sources = sources;
        this.tests = tests;
        this.excludes = excludes;
        this.maxChars = maxChars;
    }

    @Override
    public String[][] invoke(File workspace, VirtualChannel channel) throws IOException {
        var globs = ArtifactGlobs.of(requirements, sources, tests, excludes);
        // Capped here, on the agent, so that an oversized workspace never crosses the channel.
        var collected = PayloadCap.apply(new WorkspaceScanner(globs).scan(workspace.toPath()), maxChars);
        return ScanWire.encode(collected);
    }
}

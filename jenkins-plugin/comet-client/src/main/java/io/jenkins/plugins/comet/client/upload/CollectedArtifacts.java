package io.jenkins.plugins.comet.client.upload;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a workspace scan found, sorted by path in each group; {@code skipped} says which matching files
 * were left out and why. Serializable: Jenkins scans on the agent and sends this to the controller.
 */
public record CollectedArtifacts(
        List<ArtifactFile> requirements,
        List<ArtifactFile> code,
        List<ArtifactFile> tests,
        List<String> skipped) implements Serializable {
    private static final long serialVersionUID = 1L;

    // Plain ArrayLists, not List.copyOf: Jenkins' remoting accepts only well-known JDK classes when it
    // deserializes, and the JDK's immutable list classes may not be among them.
    public CollectedArtifacts {
        requirements = new ArrayList<>(requirements);
        code = new ArrayList<>(code);
        tests = new ArrayList<>(tests);
        skipped = new ArrayList<>(skipped);
    }

    public List<ArtifactFile> group(ArtifactGroup group) {
        return switch (group) {
            case REQUIREMENTS -> requirements;
            case CODE -> code;
            case TESTS -> tests;
        };
    }

    /** "22 requirements, 34 code files, 12 tests, 0 skipped", for the build log. */
    public String describe() {
        return requirements.size() + " requirements, " + code.size() + " code files, " + tests.size() + " tests, "
                + skipped.size() + " skipped";
    }
}

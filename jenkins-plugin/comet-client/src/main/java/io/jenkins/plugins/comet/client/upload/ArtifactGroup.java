package io.jenkins.plugins.comet.client.upload;

/** The three kinds of workspace files Comet traces between. */
public enum ArtifactGroup {
    REQUIREMENTS("requirements"),
    CODE("code"),
    TESTS("tests");

    private final String label;

    ArtifactGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package io.jenkins.plugins.comet.client.upload;

import java.io.Serializable;

/**
 * Which workspace files are requirements, code and tests, plus files to leave out of all three. A file
 * that matches two groups goes to the first of requirements, tests, code (tests usually sit inside
 * the code's patterns, e.g. src/** and src/test/**).
 */
public record ArtifactGlobs(GlobSet requirements, GlobSet code, GlobSet tests, GlobSet excludes) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ArtifactGlobs of(String requirements, String code, String tests, String excludes) {
        return new ArtifactGlobs(GlobSet.parse(requirements), GlobSet.parse(code), GlobSet.parse(tests), GlobSet.parse(excludes));
    }

    /** The group of a workspace-relative path, or null when it is none of them. */
    public ArtifactGroup groupOf(String relativePath) {
        if (excludes.matches(relativePath)) {
            return null;
        }
        if (requirements.matches(relativePath)) {
            return ArtifactGroup.REQUIREMENTS;
        }
        if (tests.matches(relativePath)) {
            return ArtifactGroup.TESTS;
        }
        return code.matches(relativePath) ? ArtifactGroup.CODE : null;
    }
}

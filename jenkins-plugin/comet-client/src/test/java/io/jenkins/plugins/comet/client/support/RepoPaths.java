package io.jenkins.plugins.comet.client.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Comet repository (the folder holding Comet.sln): system property comet.repo.root (set by
 * the POM), else walking up from the working directory. Fails with a clear message, never skips.
 */
public final class RepoPaths {
    private RepoPaths() {
    }

    public static Path root() {
        var configured = System.getProperty("comet.repo.root");
        if (configured != null && Files.isRegularFile(Path.of(configured, "Comet.sln"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Comet.sln"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Comet repository (Comet.sln) above " + Path.of("").toAbsolutePath()
                + "; set -Dcomet.repo.root=<repo>");
    }

    /** The demo project (22 requirements, 34 Java files, 12 tests) used as a fixture workspace. */
    public static Path demoWorkspace() {
        var demo = root().resolve("datasets").resolve("demo");
        if (!Files.isDirectory(demo.resolve("requirements"))) {
            throw new IllegalStateException("The demo dataset is missing: expected " + demo + "/requirements");
        }
        return demo;
    }

    /** A file of jenkins-plugin/contract, the example JSON shared with the service's tests. */
    public static Path contract(String name) {
        var file = root().resolve("jenkins-plugin").resolve("contract").resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Contract example missing: " + file);
        }
        return file;
    }
}

package io.jenkins.plugins.comet.client.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds what one workspace scan sends from the agent to the controller. The per-file and per-group
 * limits of {@link WorkspaceScanner} still allow gigabytes (10,000 files of 1,000,000 characters per
 * group), all of which the controller would hold in memory at once; this cap keeps whole files, in a
 * fixed order (requirements, then tests, then code, each by path), until the total would pass the
 * cap, and lists every file it leaves out so that the build log and the report page say what was skipped.
 */
public final class PayloadCap {
    /** 20 million characters (about 40 MB of Java strings): far above a typical repository's requirements, tests and code. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000L;

    private PayloadCap() {
    }

    public static CollectedArtifacts apply(CollectedArtifacts collected, long maxChars) {
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative: " + maxChars);
        }
        var skipped = new ArrayList<>(collected.skipped());
        var budget = new long[] {maxChars};
        // Requirements first: without them nothing can be traced; tests before code, since tests also
        // serve as evidence for requirements -> code.
        var requirements = keep(collected.requirements(), budget, skipped, maxChars);
        var tests = keep(collected.tests(), budget, skipped, maxChars);
        var code = keep(collected.code(), budget, skipped, maxChars);
        return new CollectedArtifacts(requirements, code, tests, skipped);
    }

    private static List<ArtifactFile> keep(List<ArtifactFile> files, long[] budget, List<String> skipped, long maxChars) {
        var kept = new ArrayList<ArtifactFile>(files.size());
        for (var file : files) {
            var size = file.text().length();
            if (size <= budget[0]) {
                kept.add(file);
                budget[0] -= size;
            } else {
                skipped.add(file.path() + ": over the " + maxChars + "-character limit of one build's upload");
            }
        }
        return kept;
    }
}

package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/** A version of a project's artifacts, with what changed against the previous one. */
public record VersionInfo(
        int version,
        String createdAt,
        int added,
        int changed,
        int unchanged,
        int removed,
        Map<Role, Integer> counts,
        List<String> skipped) {
}

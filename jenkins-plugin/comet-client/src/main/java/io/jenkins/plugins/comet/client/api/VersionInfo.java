package io.jenkins.plugins.comet.client.api;

import java.util.List;
import java.util.Map;

/**
 * A version of a project's artifacts, with what changed against the previous one.
 *
 * @param skipped   what the upload held but the version does not (null from a service that left nothing out)
 * @param documents requirements documents stored as their items (null when none, or from an older service)
 */
public record VersionInfo(
        int version,
        String createdAt,
        int added,
        int changed,
        int unchanged,
        int removed,
        Map<Role, Integer> counts,
        List<String> skipped,
        List<DocumentInfo> documents) {

    /** Whether the upload's sources are not one per file: some were read as the items of a requirements document. */
    public boolean splitSources() {
        return documents != null && documents.stream().anyMatch(d -> d.role() == Role.SOURCE);
    }
}

package io.jenkins.plugins.comet.client.api;

/** One link of a diff; "before" fields are null for a new pair, "after" fields for a pair that is gone. */
public record DiffEntry(
        String source,
        String target,
        Bucket bucketBefore,
        Bucket bucketAfter,
        Double probabilityBefore,
        Double probabilityAfter) {
}

package io.jenkins.plugins.comet.client.api;

/** Filters of GET .../links: exact source and target ids and a bucket, each null for "any"; one page of offset/limit. */
public record LinkQuery(String source, String target, Bucket bucket, int offset, int limit) {

    public static LinkQuery page(int offset, int limit) {
        return new LinkQuery(null, null, null, offset, limit);
    }

    public static LinkQuery of(String source, String target) {
        return new LinkQuery(source, target, null, 0, 1);
    }
}

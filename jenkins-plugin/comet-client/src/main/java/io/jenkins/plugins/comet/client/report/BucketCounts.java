package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Link;
import java.util.List;

/** How many of a run's candidate links fell in each bucket. */
public record BucketCounts(int probablyLinked, int unsure, int probablyNot) {

    public static BucketCounts of(List<Link> links) {
        int linked = 0;
        int unsure = 0;
        int not = 0;
        for (var link : links) {
            switch (link.bucket()) {
                case PROBABLY_LINKED -> linked++;
                case UNSURE -> unsure++;
                case PROBABLY_NOT -> not++;
            }
        }
        return new BucketCounts(linked, unsure, not);
    }

    public int get(Bucket bucket) {
        return switch (bucket) {
            case PROBABLY_LINKED -> probablyLinked;
            case UNSURE -> unsure;
            case PROBABLY_NOT -> probablyNot;
        };
    }

    public int total() {
        return probablyLinked + unsure + probablyNot;
    }
}

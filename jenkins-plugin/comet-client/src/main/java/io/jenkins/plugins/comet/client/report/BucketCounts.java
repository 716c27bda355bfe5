package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Link;
import java.util.List;

/** How many of a run's candidate links fell in each bucket. */
public record BucketCounts(int probablyLinked, int unsure, int probablyNot, int needsReview) {

    /** Counts of a report written before "needs review" existed. */
    public BucketCounts(int probablyLinked, int unsure, int probablyNot) {
        this(probablyLinked, unsure, probablyNot, 0);
    }

    public static BucketCounts of(List<Link> links) {
        int linked = 0;
        int unsure = 0;
        int not = 0;
        int review = 0;
        for (var link : links) {
            switch (link.bucket()) {
                case PROBABLY_LINKED -> linked++;
                case UNSURE -> unsure++;
                case NEEDS_REVIEW -> review++;
                case PROBABLY_NOT -> not++;
            }
        }
        return new BucketCounts(linked, unsure, not, review);
    }

    public int get(Bucket bucket) {
        return switch (bucket) {
            case PROBABLY_LINKED -> probablyLinked;
            case UNSURE -> unsure;
            case NEEDS_REVIEW -> needsReview;
            case PROBABLY_NOT -> probablyNot;
        };
    }

    public int total() {
        return probablyLinked + unsure + needsReview + probablyNot;
    }
}

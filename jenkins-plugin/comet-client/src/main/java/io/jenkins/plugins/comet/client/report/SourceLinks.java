package io.jenkins.plugins.comet.client.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.jenkins.plugins.comet.client.api.Bucket;
import java.util.List;

/**
 * The links of one source artifact (e.g. one requirement), most probable first: every probably-linked
 * and unsure link, and the best few probably-not links; {@code probablyNotHidden} counts the rest.
 */
public record SourceLinks(String source, List<ReportLink> links, int probablyNotHidden) {

    public List<ReportLink> in(Bucket bucket) {
        return links.stream().filter(l -> l.bucket() == bucket).toList();
    }

    /**
     * True when even the source's best link is probably not one: a gap the model stands behind. A best
     * link that is unsure or needs review is an open question, not a gap, so a gate never fails a build
     * on what the model cannot yet judge. The rule is the service's (Comet.Core.Links.LinkBuckets.IsGap);
     * jenkins-plugin/contract/buckets.json pins it for both (BucketContractTest).
     */
    @JsonIgnore // derived, not part of the report file
    public boolean isGap() {
        return links.stream().allMatch(l -> l.bucket() == Bucket.PROBABLY_NOT);
    }
}

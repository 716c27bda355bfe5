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

    /** True when no link of the source is probably linked: a gap. */
    @JsonIgnore // derived, not part of the report file
    public boolean isGap() {
        return links.stream().noneMatch(l -> l.bucket() == Bucket.PROBABLY_LINKED);
    }
}

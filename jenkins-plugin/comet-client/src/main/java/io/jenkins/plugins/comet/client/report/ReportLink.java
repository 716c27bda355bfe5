package io.jenkins.plugins.comet.client.report;

import io.jenkins.plugins.comet.client.api.Bucket;
import io.jenkins.plugins.comet.client.api.Link;

/**
 * One link as the report shows it.
 *
 * @param feedback    the service's note when a person's answer set the probability, e.g. "confirm by ana (#3)"
 * @param explanation null when the link was past the explain limit
 */
public record ReportLink(
        String source,
        String target,
        int rank,
        double probability,
        Bucket bucket,
        double score,
        String feedback,
        LinkExplanation explanation) {

    public static ReportLink from(Link link, LinkExplanation explanation) {
        return new ReportLink(link.source(), link.target(), link.rank(), link.probability(), link.bucket(), link.score(),
                link.feedback(), explanation);
    }
}

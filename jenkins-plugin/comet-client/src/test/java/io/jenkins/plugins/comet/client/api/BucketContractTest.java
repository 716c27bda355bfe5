package io.jenkins.plugins.comet.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.comet.client.report.ReportLink;
import io.jenkins.plugins.comet.client.report.SourceLinks;
import io.jenkins.plugins.comet.client.support.RepoPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client's copy of the buckets (Bucket, Thresholds.DEFAULT, SourceLinks.isGap) against
 * jenkins-plugin/contract/buckets.json, which the service's BucketContractTests check against the one .NET
 * definition (Comet.Core.Links.LinkBuckets): the two languages cannot drift apart unnoticed.
 */
class BucketContractTest {
    private static JsonNode contract() throws IOException {
        return new ObjectMapper().readTree(RepoPaths.contract("buckets.json").toFile());
    }

    @Test
    void defaultThresholds_areTheContracts() throws IOException {
        var thresholds = contract().get("thresholds");
        assertEquals(new Thresholds(thresholds.get("probablyLinked").asDouble(), thresholds.get("unsure").asDouble()), Thresholds.DEFAULT);
    }

    @Test
    void buckets_inDeclarationOrder_areTheContractsMostSureFirst() throws IOException {
        var expected = new ArrayList<String>();
        contract().get("bucketsMostSureFirst").forEach(b -> expected.add(b.get("wireName").asText()));
        assertEquals(expected, Arrays.stream(Bucket.values()).map(Bucket::wireName).toList());
    }

    @Test
    void isGap_everyExample_followsTheContractsGapRule() throws IOException {
        for (var example : contract().get("gaps")) {
            var links = new ArrayList<ReportLink>();
            for (var wireName : example.get("links")) {
                links.add(new ReportLink("R", "T" + links.size(), links.size() + 1, 0.5, bucket(wireName.asText()), 0.5, null, null));
            }
            assertEquals(example.get("gap").asBoolean(), new SourceLinks("R", List.copyOf(links), 0).isGap(), example.toString());
        }
    }

    private static Bucket bucket(String wireName) {
        return Arrays.stream(Bucket.values()).filter(b -> b.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new AssertionError("buckets.json names a bucket the client lacks: " + wireName));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Comet.Core.Links;
using Comet.Server.Hosting;

namespace Comet.Server.Tests;

/// <summary>
/// Core's bucket definition (<see cref="LinkBuckets"/>, <see cref="BucketThresholds"/>) against
/// jenkins-plugin/contract/buckets.json, which the Java client's BucketContractTest reads too: a threshold,
/// a wire name, the order or the gap rule changed on one side fails that side's test until the file and the
/// other side follow.
/// </summary>
public sealed class BucketContractTests
{
    private static readonly JsonNode Contract = JsonNode.Parse(File.ReadAllText(Path.Combine(ContractExamplesTests.ContractFolder(), "buckets.json")))!;

    [Fact]
    public void Thresholds_AreCoresDefaults()
    {
        Assert.Equal(BucketThresholds.DefaultProbablyLinked, Contract["thresholds"]!["probablyLinked"]!.GetValue<double>());
        Assert.Equal(BucketThresholds.DefaultUnsure, Contract["thresholds"]!["unsure"]!.GetValue<double>());
    }

    [Fact]
    public void Buckets_MostSureFirst_HaveCoresWireNamesStoredValuesAndOrder()
    {
        var expected = Contract["bucketsMostSureFirst"]!.AsArray().Select(b => (b!["wireName"]!.GetValue<string>(), b["stored"]!.GetValue<int>()));
        var actual = LinkBuckets.BySureness.Reverse().Select(b => (b.WireName(), (int)b));
        Assert.Equal(expected, actual);
        Assert.Equal(Enum.GetValues<LinkBucket>().Length, LinkBuckets.BySureness.Count);
    }

    [Fact]
    public void Classify_EveryExample_GivesItsBucket()
    {
        foreach (var example in Contract["classify"]!.AsArray())
        {
            var bucket = BucketThresholds.Default.Classify(example!["probability"]!.GetValue<double>(), example["needsReview"]!.GetValue<bool>());
            Assert.Equal(example["bucket"]!.GetValue<string>(), bucket.WireName());
        }
    }

    [Fact]
    public void IsGap_EveryExample_FollowsTheGapRule()
    {
        foreach (var example in Contract["gaps"]!.AsArray())
        {
            var links = example!["links"]!.AsArray().Select(l => Parse(l!.GetValue<string>()));
            Assert.Equal(example["gap"]!.GetValue<bool>(), LinkBuckets.IsGap(links));
        }
    }

    [Fact]
    public void ServiceJson_WritesEachBucketAsItsWireName()
    {
        foreach (var bucket in LinkBuckets.BySureness)
        {
            Assert.Equal($"\"{bucket.WireName()}\"", JsonSerializer.Serialize(bucket, CometJson.Options));
        }
    }

    private static LinkBucket Parse(string wireName) =>
        LinkBuckets.TryParse(wireName, out var bucket) ? bucket : throw new InvalidOperationException($"unknown bucket '{wireName}' in buckets.json");
}

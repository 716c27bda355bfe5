using Comet.Core.Links;

namespace Comet.Core.Tests;

public class LinkBucketsTests
{
    [Theory]
    [InlineData(1.0, LinkBucket.ProbablyLinked)]
    [InlineData(0.7, LinkBucket.ProbablyLinked)]
    [InlineData(0.6999, LinkBucket.Unsure)]
    [InlineData(0.4, LinkBucket.Unsure)]
    [InlineData(0.3999, LinkBucket.ProbablyNot)]
    [InlineData(0.0, LinkBucket.ProbablyNot)]
    [InlineData(double.NaN, LinkBucket.ProbablyNot)]
    public void Of_Level_FallsInTheDocumentedBucket(double level, LinkBucket expected) =>
        Assert.Equal(expected, LinkBuckets.Of(level));

    [Fact]
    public void Of_NeedsReview_OnlyReplacesProbablyNot()
    {
        Assert.Equal(LinkBucket.NeedsReview, LinkBuckets.Of(0.1, needsReview: true));
        Assert.Equal(LinkBucket.Unsure, LinkBuckets.Of(0.5, needsReview: true));
    }

    [Fact]
    public void Best_RanksNeedsReviewAboveProbablyNotAndBelowUnsure()
    {
        Assert.Equal(LinkBucket.NeedsReview, LinkBuckets.Best([LinkBucket.ProbablyNot, LinkBucket.NeedsReview]));
        Assert.Equal(LinkBucket.Unsure, LinkBuckets.Best([LinkBucket.NeedsReview, LinkBucket.Unsure, LinkBucket.ProbablyNot]));
        Assert.Equal(LinkBucket.ProbablyNot, LinkBuckets.Best([]));
    }

    [Fact]
    public void IsGap_OnlyWhenEvenTheBestLinkIsProbablyNot()
    {
        Assert.True(LinkBuckets.IsGap([LinkBucket.ProbablyNot, LinkBucket.ProbablyNot]));
        Assert.True(LinkBuckets.IsGap([]));
        Assert.False(LinkBuckets.IsGap([LinkBucket.ProbablyNot, LinkBucket.NeedsReview]));
        Assert.False(LinkBuckets.IsGap(LinkBucket.Unsure));
    }

    [Fact]
    public void WireName_TryParse_RoundTripsEveryBucketAndRejectsOtherText()
    {
        foreach (var bucket in Enum.GetValues<LinkBucket>())
        {
            Assert.True(LinkBuckets.TryParse(bucket.WireName(), out var parsed));
            Assert.Equal(bucket, parsed);
        }

        Assert.False(LinkBuckets.TryParse("Probably-Linked", out _));
        Assert.False(LinkBuckets.TryParse(null, out _));
    }

    [Fact]
    public void Describe_DefaultThresholds_ReadsAsTheReportsSayIt() =>
        Assert.Equal("probably linked >= 0.7, unsure 0.4-0.7, probably not < 0.4", BucketThresholds.Default.Describe());

    [Theory]
    [InlineData(0.7, 0.4, true)]
    [InlineData(0.4, 0.4, false)]
    [InlineData(1.1, 0.4, false)]
    [InlineData(0.7, 0.0, false)]
    public void Problem_ChecksTheOrderOfTheBounds(double probablyLinked, double unsure, bool valid) =>
        Assert.Equal(valid, new BucketThresholds(probablyLinked, unsure).Problem() is null);
}

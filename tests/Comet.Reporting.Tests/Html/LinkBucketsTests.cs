using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Tests.Html;

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
    public void MinMaxScale_Apply_MapsLowestToZeroHighestToOneAndKeepsNaN()
    {
        var scale = MinMaxScale.Fit([2.0, 4.0, double.NaN, 3.0]);

        Assert.Equal(0.0, scale.Apply(2.0), 12);
        Assert.Equal(0.5, scale.Apply(3.0), 12);
        Assert.Equal(1.0, scale.Apply(4.0), 12);
        Assert.True(double.IsNaN(scale.Apply(double.NaN)));
    }

    [Fact]
    public void MinMaxScale_AllEqual_MapsToZero()
    {
        var scale = MinMaxScale.Fit([0.3, 0.3]);

        Assert.Equal(0.0, scale.Apply(0.3));
    }
}

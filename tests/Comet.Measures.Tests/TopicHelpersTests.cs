using Comet.Measures.Topics;

namespace Comet.Measures.Tests;

public class TopicHelpersTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void HellingerSimilarity_IdenticalDisjointAndMissing_GiveOneZeroZero()
    {
        Assert.Equal(1.0, HellingerSimilarity.Of([0.3, 0.7], [0.3, 0.7]), Precision);
        Assert.Equal(0.0, HellingerSimilarity.Of([1.0, 0.0], [0.0, 1.0]), Precision);
        Assert.Equal(0.0, HellingerSimilarity.Of(null, [0.5, 0.5]));
    }

    [Fact]
    public void HellingerSimilarity_PartialOverlap_MatchesFormula()
    {
        // BC = sqrt(0.5 * 0.5) + sqrt(0.5 * 0) + sqrt(0 * 0.5) = 0.5; similarity = 1 - sqrt(0.5).
        Assert.Equal(1.0 - Math.Sqrt(0.5), HellingerSimilarity.Of([0.5, 0.5, 0.0], [0.5, 0.0, 0.5]), Precision);
    }

    [Fact]
    public void Median_OddAndEvenCounts_TakeMiddleOrMeanOfMiddles()
    {
        Assert.Equal(2.0, Median.OfInPlace(new double[] { 3, 1, 2 }));
        Assert.Equal(2.5, Median.OfInPlace(new double[] { 4, 1, 2, 3 }));
    }
}

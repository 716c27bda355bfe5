using Comet.Core.Links;
using Comet.Reporting.Html.Evaluation;

namespace Comet.Reporting.Tests.Html;

public class CalibrationBinsTests
{
    private static readonly GoldStandard Gold = new([new TraceLink("a", "x"), new TraceLink("b", "x")]);

    private static readonly RankedLinks Ranking = new(
    [
        new ScoredLink("a", "x", 10), new ScoredLink("b", "x", 9), new ScoredLink("a", "y", 8), new ScoredLink("b", "y", 0),
    ]);

    [Fact]
    public void Compute_RawScores_ScalesThemAndBinsObservedFrequency()
    {
        var bins = CalibrationBins.Compute(Ranking, Gold, scoresAreProbabilities: false, binCount: 2);

        Assert.True(bins.Scaled);
        Assert.Equal(2, bins.Bins.Count);
        Assert.Equal(1, bins.Bins[0].Count);
        Assert.Equal(0.0, bins.Bins[0].ObservedFrequency);

        // Scaled 1.0, 0.9 and 0.8 share the upper bin (1.0 belongs to the last bin); two of three are gold.
        Assert.Equal(3, bins.Bins[1].Count);
        Assert.Equal(2 / 3.0, bins.Bins[1].ObservedFrequency, 12);
        Assert.Equal(0.9, bins.Bins[1].MeanPredicted, 12);
    }

    [Fact]
    public void Compute_Probabilities_AreNotRescaled()
    {
        var ranking = new RankedLinks([new ScoredLink("a", "x", 0.35), new ScoredLink("a", "y", 0.31)]);

        var bins = CalibrationBins.Compute(ranking, Gold, scoresAreProbabilities: true);

        Assert.False(bins.Scaled);
        var bin = Assert.Single(bins.Bins);
        Assert.Equal(0.3, bin.Lower, 12);
        Assert.Equal(0.33, bin.MeanPredicted, 12);
        Assert.Equal(0.5, bin.ObservedFrequency, 12);
    }
}

using Comet.Core.Links;
using Comet.Reporting.Html.Evaluation;

namespace Comet.Reporting.Tests.Html;

public class PrecisionRecallCurveTests
{
    private static readonly GoldStandard Gold = new([new TraceLink("a", "x"), new TraceLink("b", "y"), new TraceLink("c", "z")]);

    [Fact]
    public void Compute_GoldAtRanksOneAndThree_GivesOnePointPerHit()
    {
        var ranking = new RankedLinks([new ScoredLink("a", "x", 0.9), new ScoredLink("a", "y", 0.8), new ScoredLink("b", "y", 0.7)]);

        var curve = PrecisionRecallCurve.Compute(ranking, Gold);

        // Two of three gold links ranked: recall stops at 2/3, as AP counts the third as a miss.
        Assert.Equal([1 / 3.0, 2 / 3.0], curve.Recall);
        Assert.Equal([1.0, 2 / 3.0], curve.Precision);
    }

    [Fact]
    public void Compute_EmptyGold_IsEmpty() =>
        Assert.Empty(PrecisionRecallCurve.Compute(new RankedLinks([new ScoredLink("a", "x", 1)]), GoldStandard.Empty).Recall);

    [Fact]
    public void Thin_LongCurve_KeepsFirstAndLastPoints()
    {
        var curve = new PrecisionRecallCurve([.. Enumerable.Range(1, 1000).Select(i => i / 1000.0)], [.. Enumerable.Repeat(0.5, 1000)]);

        var thin = curve.Thin(10);

        Assert.Equal(10, thin.Recall.Count);
        Assert.Equal(0.001, thin.Recall[0], 12);
        Assert.Equal(1.0, thin.Recall[^1], 12);
    }
}

using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class MeanAveragePrecisionTests
{
    private const int Precision = 12;

    private static double Map(string run, string gold) => MeanAveragePrecision.Compute(JudgedRun.Create(Runs.Parse(run), Runs.Gold(gold)));

    [Fact]
    public void Compute_PerfectRun_IsOne() =>
        Assert.Equal(1.0, Map("s a 0.9; t b 0.8; s b 0.3; t a 0.2", "s a; t b"), Precision);

    [Fact]
    public void Compute_ReversedRun_AveragesPrecisionAtRanksThreeAndFour() =>
        Assert.Equal(5.0 / 12, Map("s a 0.4; s b 0.3; s c 0.2; s d 0.1", "s c; s d"), Precision);

    [Fact]
    public void Compute_SourceWithoutGold_IsLeftOutOfTheMean()
    {
        // Only s is linked; u's pair, ranked between s's two, does not count within s.
        Assert.Equal(1.0, Map("s a 0.9; u a 0.8; s b 0.7", "s a; s b"), Precision);
    }

    [Fact]
    public void Compute_LinkedSourceAbsentFromRun_ScoresZero()
    {
        // s: AP 1; v: never ranked, AP 0. Mean = 1/2.
        Assert.Equal(0.5, Map("s a 0.9; s b 0.1", "s a; v a"), Precision);
    }

    [Fact]
    public void Compute_TiesAcrossSources_DoNotMatterPerSource()
    {
        // Globally "s1 z" outranks "s2 a" (AP 1/2), but per source both are first: MAP 1.
        Assert.Equal(1.0, Map("s2 a 0.5; s1 z 0.5", "s2 a; s1 z"), Precision);
    }

    [Fact]
    public void Compute_GoldLinkNeverRanked_StaysInItsSourceDenominator()
    {
        // s: relevant at rank 2 (1/2), gold c unranked: (1/2 + 0) / 2 = 1/4.
        Assert.Equal(0.25, Map("s a 0.9; s b 0.1", "s b; s c"), Precision);
    }

    [Fact]
    public void Compute_NoLinkedSource_IsNaN() => Assert.True(double.IsNaN(Map("s a 0.9", "")));
}

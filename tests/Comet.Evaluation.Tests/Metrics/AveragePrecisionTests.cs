using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class AveragePrecisionTests
{
    private const int Precision = 12;

    private static double Ap(string run, string gold) => AveragePrecision.Compute(JudgedRun.Create(Runs.Parse(run), Runs.Gold(gold)));

    [Fact]
    public void Compute_PerfectRun_IsOne() =>
        Assert.Equal(1.0, Ap("s a 0.9; t b 0.8; s b 0.3; t a 0.2", "s a; t b"), Precision);

    [Fact]
    public void Compute_ReversedRun_AveragesPrecisionAtRanksThreeAndFour()
    {
        // Relevant at ranks 3 and 4: (1/3 + 2/4) / 2 = 5/12.
        Assert.Equal(5.0 / 12, Ap("s a 0.4; s b 0.3; s c 0.2; s d 0.1", "s c; s d"), Precision);
    }

    [Fact]
    public void Compute_TiedScores_BreaksTiesByTargetIdSoLaterIdRanksSecond()
    {
        // Equal scores: LinkOrder puts target "a" before "b". Gold "b" sits at rank 2 (AP 1/2);
        // gold "a" sits at rank 1 (AP 1). The id, not the input order, decides.
        Assert.Equal(0.5, Ap("s b 0.5; s a 0.5", "s b"), Precision);
        Assert.Equal(1.0, Ap("s b 0.5; s a 0.5", "s a"), Precision);
    }

    [Fact]
    public void Compute_TiedScoresAcrossSources_BreaksTiesBySourceIdFirst()
    {
        // "s1 z" precedes "s2 a" although "a" < "z": source id is compared before target id.
        Assert.Equal(0.5, Ap("s2 a 0.5; s1 z 0.5", "s2 a"), Precision);
    }

    [Fact]
    public void Compute_GoldLinkNeverRanked_CountsAsMiss()
    {
        // One of two gold links is ranked (at rank 1): (1/1 + 0) / 2.
        Assert.Equal(0.5, Ap("s a 0.9; s b 0.1", "s a; s c"), Precision);
    }

    [Fact]
    public void Compute_SourceWithoutGold_ItsPairsStillTakeRanks()
    {
        // Ranks: s a (rel, 1/1), u a (not), s b (rel, 2/3): (1 + 2/3) / 2 = 5/6.
        Assert.Equal(5.0 / 6, Ap("s a 0.9; u a 0.8; s b 0.7", "s a; s b"), Precision);
    }

    [Fact]
    public void Compute_NaNScore_RanksLast()
    {
        // The NaN pair ranks below 0.1: gold "a" at rank 2.
        Assert.Equal(0.5, Ap("s a NaN; s b 0.1", "s a"), Precision);
    }

    [Fact]
    public void Compute_EmptyGold_IsNaN() => Assert.True(double.IsNaN(Ap("s a 0.9", "")));

    [Fact]
    public void Of_RelevanceFlags_AveragesPrecisionAtTheRelevantRanksAndCountsMisses()
    {
        Assert.Equal((1.0 + (2.0 / 3)) / 2, AveragePrecision.Of([true, false, true], goldCount: 2), Precision);
        Assert.Equal(0.5, AveragePrecision.Of([true, false], goldCount: 2), Precision);
        Assert.True(double.IsNaN(AveragePrecision.Of([false], goldCount: 0)));
    }
}

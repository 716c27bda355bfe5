using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class RocAucTests
{
    private const int Precision = 12;

    private static double Auc(string run, string gold, CandidateSpace? candidates = null) =>
        RocAuc.Compute(JudgedRun.Create(Runs.Parse(run), Runs.Gold(gold), candidates));

    [Fact]
    public void Compute_PerfectRun_IsOne() =>
        Assert.Equal(1.0, Auc("s a 0.9; t b 0.8; s b 0.3; t a 0.2", "s a; t b"), Precision);

    [Fact]
    public void Compute_ReversedRun_IsZero() =>
        Assert.Equal(0.0, Auc("s a 0.4; s b 0.3; s c 0.2; s d 0.1", "s c; s d"), Precision);

    [Fact]
    public void Compute_TiedPositiveAndNegative_CountsOneHalfWhateverTheIds()
    {
        Assert.Equal(0.5, Auc("s b 0.5; s a 0.5", "s b"), Precision);
        Assert.Equal(0.5, Auc("s b 0.5; s a 0.5", "s a"), Precision);
    }

    [Fact]
    public void Compute_MixedTies_MatchesPairCount()
    {
        // Positives b (.5), d (.1); negatives a (.9), c (.5). Only b-vs-c scores (a tie, 1/2): 0.5 / 4.
        Assert.Equal(0.125, Auc("s a 0.9; s b 0.5; s c 0.5; s d 0.1", "s b; s d"), Precision);
    }

    [Fact]
    public void Compute_UnrankedCandidates_RankBelowScoredPairsAndTieAmongThemselves()
    {
        // Candidates s x {a, b, c}; only a (negative) is scored. Positive b loses to a and ties with c: 0.5 / 2.
        var candidates = new CandidateSpace(["s"], ["a", "b", "c"]);
        Assert.Equal(0.25, Auc("s a 0.9", "s b", candidates), Precision);
    }

    [Fact]
    public void Compute_NaNScore_TiesWithUnrankedCandidates()
    {
        // a is NaN (bottom group, with unranked c); positive a vs negative b: 0, vs c: 1/2. Total 0.5 / 2.
        var candidates = new CandidateSpace(["s"], ["a", "b", "c"]);
        Assert.Equal(0.25, Auc("s a NaN; s b 0.1", "s a", candidates), Precision);
    }

    [Fact]
    public void Compute_NoPositiveAmongCandidates_IsNaN() => Assert.True(double.IsNaN(Auc("s a 0.9", "s b")));
}

using Comet.Core.Links;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class JudgedRunTests
{
    [Fact]
    public void Create_PairRankedTwice_Throws()
    {
        var run = new RankedLinks([new ScoredLink("s", "a", 0.9), new ScoredLink("s", "a", 0.1)]);
        var error = Assert.Throws<ArgumentException>(() => JudgedRun.Create(run, Runs.Gold("s a")));
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PairOutsideCandidates_Throws()
    {
        var candidates = new CandidateSpace(["s"], ["a"]);
        Assert.Throws<ArgumentException>(() => JudgedRun.Create(Runs.Parse("s a 0.9; s b 0.1"), Runs.Gold("s a"), candidates));
    }

    [Fact]
    public void Create_WithoutCandidates_UsesRunSourcesTimesRunTargets()
    {
        // Sources {s, t} x targets {a, b} = 4 candidates although only 3 pairs are ranked; gold "s c" is no candidate.
        var run = JudgedRun.Create(Runs.Parse("s a 0.9; t b 0.5; s b 0.1"), Runs.Gold("s a; s c"));
        Assert.Equal(4, run.CandidateCount);
        Assert.Equal(1, run.CandidateGoldCount);
        Assert.Equal(2, run.GoldCount);
        Assert.Equal(1, run.RankedGoldCount);
        Assert.Equal(1, run.LinkedSourceCount);
    }

    [Fact]
    public void Create_FromMatrixWithDuplicateId_Throws()
    {
        var matrix = new Core.Similarity.SimilarityMatrix(["s", "s"], ["a"]);
        Assert.Throws<ArgumentException>(() => JudgedRun.Create(matrix, Runs.Gold("s a")));
    }
}

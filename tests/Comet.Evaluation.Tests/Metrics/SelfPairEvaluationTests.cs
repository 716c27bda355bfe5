using Comet.Core.Similarity;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

/// <summary>An artifact paired with itself is no candidate (SelfPairs): ranked or not, it changes no metric.</summary>
public class SelfPairEvaluationTests
{
    [Fact]
    public void Evaluate_RunRankingSelfPairsFirst_ScoresAsTheRunWithoutThem()
    {
        var gold = Runs.Gold("a b; b c");
        var candidates = new CandidateSpace(["a", "b"], ["a", "b", "c"]);
        var withSelf = Evaluator.Evaluate(Runs.Parse("a a 1.0; b b 1.0; a b 0.9; b c 0.8; a c 0.2; b a 0.1"), gold, candidates);
        var without = Evaluator.Evaluate(Runs.Parse("a b 0.9; b c 0.8; a c 0.2; b a 0.1"), gold, candidates);

        Assert.Equal(without, withSelf);
        Assert.Equal(1.0, withSelf.PrecisionAt.At1, 12);
        Assert.Equal(4, withSelf.CandidatePairs);
    }

    [Fact]
    public void Evaluate_MatrixWithSelfPairs_EqualsTheRankedLinksPath()
    {
        var matrix = new SimilarityMatrix(["a", "b"], ["a", "b", "c"], [1.0, 0.9, 0.2, 0.1, 1.0, 0.8]);
        var gold = Runs.Gold("a b; b c");

        var fromMatrix = Evaluator.Evaluate(matrix, gold);

        Assert.Equal(Evaluator.Evaluate(Core.Links.RankedLinks.FromMatrix(matrix), gold, CandidateSpace.FromMatrix(matrix)), fromMatrix);
        Assert.Equal(1.0, fromMatrix.AveragePrecision, 12);
        Assert.Equal(4, fromMatrix.CandidatePairs);
    }
}

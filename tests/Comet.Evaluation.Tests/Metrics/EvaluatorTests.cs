using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class EvaluatorTests
{
    [Fact]
    public void Evaluate_PerfectRun_ScoresOneEverywhereItCan()
    {
        var metrics = Evaluator.Evaluate(Runs.Parse("s a 0.9; t b 0.8; s b 0.3; t a 0.2"), Runs.Gold("s a; t b"), threshold: 0.5);
        Assert.Equal(1.0, metrics.AveragePrecision, 12);
        Assert.Equal(1.0, metrics.MeanAveragePrecision, 12);
        Assert.Equal(1.0, metrics.Auc, 12);
        Assert.Equal(1.0, metrics.PrecisionAt.At1, 12);
        Assert.Equal(1.0, metrics.RecallAt[1], 12);
        Assert.Equal(1.0, metrics.Threshold!.F1, 12);
        Assert.Equal(4, metrics.CandidatePairs);
    }

    [Fact]
    public void Evaluate_WithoutThreshold_LeavesThresholdNull() =>
        Assert.Null(Evaluator.Evaluate(Runs.Parse("s a 0.9"), Runs.Gold("s a")).Threshold);

    [Fact]
    public void Evaluate_MatrixWithTiesAndNaN_EqualsRankedLinksPath()
    {
        var (matrix, gold) = RandomTask(rows: 37, columns: 23, seed: 7, levels: [0.0, -0.0, 0.25, 0.5, 0.5, 1.0, double.NaN]);
        var fromMatrix = Evaluator.Evaluate(matrix, gold, threshold: 0.5);
        var fromLinks = Evaluator.Evaluate(RankedLinks.FromMatrix(matrix), gold, CandidateSpace.FromMatrix(matrix), threshold: 0.5);

        // Same order and the same arithmetic: equal to the last bit, not just within a tolerance.
        Assert.Equal(fromLinks, fromMatrix);
    }

    [Fact]
    public void Evaluate_MatrixMissingGoldSource_CountsItAsUnranked()
    {
        var matrix = new SimilarityMatrix(["s"], ["a", "b"], [0.9, 0.1]);
        var metrics = Evaluator.Evaluate(matrix, Runs.Gold("s a; v a"));
        Assert.Equal(0.5, metrics.AveragePrecision, 12);
        Assert.Equal(0.5, metrics.MeanAveragePrecision, 12);
        Assert.Equal(1.0, metrics.Auc, 12);
    }

    /// <summary>A seeded random matrix whose cells take a few levels (so ties abound) and about 5% gold.</summary>
    internal static (SimilarityMatrix Matrix, GoldStandard Gold) RandomTask(int rows, int columns, int seed, double[]? levels = null)
    {
        var random = new Random(seed);
        var sources = Enumerable.Range(0, rows).Select(i => $"R{(i * 7919) % rows}").ToArray();
        var targets = Enumerable.Range(0, columns).Select(j => $"T{(j * 104729) % columns}").ToArray();
        var values = new double[rows * columns];
        var gold = new List<TraceLink>();
        for (var cell = 0; cell < values.Length; cell++)
        {
            values[cell] = levels is null ? random.NextDouble() : levels[random.Next(levels.Length)];
            if (random.NextDouble() < 0.05)
            {
                gold.Add(new TraceLink(sources[cell / columns], targets[cell % columns]));
            }
        }

        return (new SimilarityMatrix(sources, targets, values), new GoldStandard(gold));
    }
}

using Comet.Measures.Topics;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Tests;

public class NmfMeasureTests
{
    private static MeasureContext TwoTopicContext(int seed = 42) => TinyTasks.Context(
        TinyTasks.Task(
            ["invoice payment refund", "patient appointment calendar"],
            ["payment invoice card refund", "calendar appointment patient doctor", "refund payment"]),
        seed);

    [Fact]
    public void Compute_TwoClearTopics_ScoresSameTopicAboveOtherTopic()
    {
        var matrix = new NmfMeasure(new NmfOptions { Topics = 2 }).Compute(TwoTopicContext());
        Assert.True(matrix[0, 0] > 0.9, $"same topic {matrix[0, 0]}");
        Assert.True(matrix[0, 1] < 0.1, $"other topic {matrix[0, 1]}");
        Assert.True(matrix[1, 1] > matrix[1, 2]);
    }

    [Fact]
    public void Compute_DifferentSeeds_GiveFiniteCosines()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var matrix = new NmfMeasure().Compute(TwoTopicContext(seed));
            Assert.All(matrix.Values.ToArray(), v => Assert.InRange(v, 0.0, 1.0 + 1e-12));
        }
    }

    [Fact]
    public void DocumentTopics_ExactRankTwoMatrix_ReconstructsIt()
    {
        var x = SparseMatrix.OfArray(new double[,]
        {
            { 1, 1, 0, 0 },
            { 2, 2, 0, 0 },
            { 0, 0, 1, 3 },
            { 0, 0, 2, 6 },
        });
        var w = NonNegativeFactorisation.DocumentTopics(x, 2, new NmfOptions { MaxIterations = 2000, Tolerance = 0 }, 7, CancellationToken.None);

        // Rows 0-1 and rows 2-3 each load on one topic: their topic vectors are parallel.
        var cosine01 = w.Row(0).DotProduct(w.Row(1)) / (w.Row(0).L2Norm() * w.Row(1).L2Norm());
        var cosine02 = w.Row(0).DotProduct(w.Row(2)) / (w.Row(0).L2Norm() * w.Row(2).L2Norm());
        Assert.True(cosine01 > 0.999, $"cos(0,1) = {cosine01}");
        Assert.True(cosine02 < 0.01, $"cos(0,2) = {cosine02}");
    }
}

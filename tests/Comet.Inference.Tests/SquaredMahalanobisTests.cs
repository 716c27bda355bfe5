using Comet.Inference.Inference;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Inference.Tests;

public class SquaredMahalanobisTests
{
    [Fact]
    public void Of_ManyRowsAcrossBlocks_MatchesTheInverseCovarianceFormula()
    {
        const int d = 5;
        const int n = 2_500; // more than two blocks, the last one partial
        var random = new Random(3);
        var columns = Enumerable.Range(0, d).Select(_ => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 4 - 2).ToArray()).ToArray();
        var mean = Enumerable.Range(0, d).Select(a => 0.1 * a).ToArray();
        var factor = Matrix<double>.Build.Dense(d, d, (a, b) => a == b ? 1.5 : random.NextDouble() - 0.5);
        var covariance = factor * factor.Transpose();
        var inverse = covariance.Inverse();

        var distances = SquaredMahalanobis.Of(columns, mean, (a, b) => covariance[a, b], n);

        foreach (var row in new[] { 0, 1, 1023, 1024, 2047, 2048, 2499 })
        {
            var centred = Vector<double>.Build.Dense(d, a => columns[a][row] - mean[a]);
            Assert.Equal(centred * (inverse * centred), distances[row], 9);
        }
    }

    [Fact]
    public void Of_NoDimensions_IsZeroForEveryRow()
    {
        Assert.Equal(new double[3], SquaredMahalanobis.Of([], [], (_, _) => 0, 3));
    }
}

using Comet.Measures.Latent;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Tests;

/// <summary>The QL route to B's singular values and left vectors against MathNet's dense SVD of the same bidiagonal B.</summary>
public class BidiagonalLeftVectorsTests
{
    /// <summary>A random upper bidiagonal B like Lanczos': positive entries, values spread over a few orders of magnitude.</summary>
    private static (double[] Alphas, double[] Betas) RandomBidiagonal(int steps, int seed)
    {
        var random = new Random(seed);
        var alphas = new double[steps];
        var betas = new double[steps];
        for (var j = 0; j < steps; j++)
        {
            var scale = Math.Exp(-4.0 * j / steps);
            alphas[j] = scale * (0.5 + random.NextDouble());
            betas[j] = scale * (0.2 + random.NextDouble());
        }

        return (alphas, betas);
    }

    private static DenseMatrix Dense(double[] alphas, double[] betas)
    {
        var steps = alphas.Length;
        var b = new DenseMatrix(steps, steps);
        for (var j = 0; j < steps; j++)
        {
            b[j, j] = alphas[j];
            if (j + 1 < steps)
            {
                b[j, j + 1] = betas[j];
            }
        }

        return b;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(40, 3)]
    [InlineData(180, 4)]
    public void ValuesAndVectors_MatchDenseSvd(int steps, int seed)
    {
        var (alphas, betas) = RandomBidiagonal(steps, seed);
        var svd = Dense(alphas, betas).Svd(computeVectors: true);
        var columns = Math.Min(steps, 25);

        var (values, left) = BidiagonalLeftVectors.ValuesAndVectors(alphas, betas, steps, columns);
        var (checkValues, lastEntries) = BidiagonalLeftVectors.ValuesAndLastEntries(alphas, betas, steps);

        Assert.Equal(values, checkValues);
        for (var i = 0; i < steps; i++)
        {
            // Squaring costs relative accuracy ~ eps x (s_1 / s_i)^2 in the small values; the leading ones are exact to rounding.
            Assert.True(Math.Abs(values[i] - svd.S[i]) <= 1e-12 * svd.S[0] * (svd.S[0] / Math.Max(svd.S[i], 1e-300)), $"value {i}: {values[i]} vs {svd.S[i]}");
        }

        for (var k = 0; k < columns; k++)
        {
            // Vectors agree up to sign; the last entries (the convergence check's input) agree in size.
            var sign = Math.Sign(left.Column(k).DotProduct(svd.U.Column(k)));
            Assert.True((left.Column(k) - (sign * svd.U.Column(k))).AbsoluteMaximum() < 1e-9, $"vector {k}");
            Assert.Equal(Math.Abs(svd.U[steps - 1, k]), Math.Abs(lastEntries[k]), 1e-9);
        }
    }

    [Fact]
    public void ValuesAndVectors_ZeroOnTheDiagonal_GivesAZeroValue()
    {
        // A Lanczos breakdown puts a zero alpha on B's diagonal; B is then singular.
        double[] alphas = [2.0, 0.0, 1.0];
        double[] betas = [0.5, 0.3, 0.0];

        var (values, left) = BidiagonalLeftVectors.ValuesAndVectors(alphas, betas, 3, 3);
        var svd = Dense(alphas, betas).Svd(computeVectors: true);

        // Through B B' a zero value comes out at rounding level of the squares: about sqrt(eps) x s_1, far
        // under LsiMeasure's rank cut (squared values below 1e-10 of the largest count as zero).
        Assert.Equal(0.0, svd.S[2], 1e-12);
        Assert.True(values[2] * values[2] < 1e-10 * values[0] * values[0], $"smallest value {values[2]}");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(svd.S[i], values[i], 1e-12);
        }

        Assert.True((left.TransposeThisAndMultiply(left) - DenseMatrix.CreateIdentity(3)).InfinityNorm() < 1e-12);
    }
}

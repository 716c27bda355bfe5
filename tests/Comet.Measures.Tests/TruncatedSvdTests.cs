using Comet.Measures.Latent;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Tests;

/// <summary>The sparse truncated SVD against MathNet's dense SVD of the same small matrices.</summary>
public class TruncatedSvdTests
{
    /// <summary>A sparse random matrix (about a fifth of the cells set), like a small tf-idf matrix.</summary>
    private static SparseRowMatrix RandomSparse(int rows, int columns, int seed, int rank = int.MaxValue, double density = 0.2)
    {
        var random = new Random(seed);
        var cells = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = random.NextDouble() < density ? random.NextDouble() : 0.0;
            }
        }

        // A low rank: repeat the first rows (scaled), so that the rank is known exactly.
        for (var r = rank; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = cells[r % rank, c] * (1 + (r / rank));
            }
        }

        return FromDense(DenseMatrix.OfArray(cells));
    }

    private static SparseRowMatrix FromDense(Matrix<double> dense)
    {
        var rows = new List<(int[], double[])>();
        for (var r = 0; r < dense.RowCount; r++)
        {
            var ids = Enumerable.Range(0, dense.ColumnCount).Where(c => dense[r, c] != 0).ToArray();
            rows.Add((ids, ids.Select(c => dense[r, c]).ToArray()));
        }

        return SparseRowMatrix.FromRows(rows, dense.ColumnCount);
    }

    /// <summary>
    /// Largest sine of the principal angles between the column spaces of two orthonormal bases, as the
    /// norm of b's part outside a's span (accurate to rounding, unlike sqrt(1 - cos^2)).
    /// </summary>
    private static double SubspaceDistance(Matrix<double> a, Matrix<double> b) =>
        (b - (a * a.TransposeThisAndMultiply(b))).L2Norm();

    [Theory]
    [InlineData(200, 150, 5, 1, 0.2)]
    [InlineData(150, 260, 10, 2, 0.1)]
    [InlineData(300, 400, 20, 4, 0.03)]
    public void Compute_RandomMatrix_MatchesDenseSvd(int rows, int columns, int wanted, int seed, double density)
    {
        var sparse = RandomSparse(rows, columns, seed, density: density);
        var exact = sparse.ToDense().Svd(computeVectors: true);

        var result = TruncatedSvd.Compute(sparse, wanted, seed: 7, tolerance: 1e-12, maxSteps: Math.Min(rows, columns) * 3 / 4);

        Assert.True(result.Converged, $"not converged after {result.Steps} steps");
        for (var i = 0; i < wanted; i++)
        {
            Assert.Equal(exact.S[i], result.Values[i], 1e-9 * exact.S[0]);
        }

        var exactLeft = exact.U.SubMatrix(0, rows, 0, wanted);
        var distance = SubspaceDistance(exactLeft, result.LeftVectors);
        Assert.True(distance < 1e-8, $"subspace distance {distance}");
        var identity = DenseMatrix.CreateIdentity(wanted);
        Assert.True((result.LeftVectors.TransposeThisAndMultiply(result.LeftVectors) - identity).InfinityNorm() < 1e-10);
    }

    [Fact]
    public void Compute_RankBelowWanted_GivesZerosBeyondTheRank()
    {
        var sparse = RandomSparse(40, 30, seed: 4, rank: 6);
        var exact = sparse.ToDense().Svd(computeVectors: false);

        var result = TruncatedSvd.Compute(sparse, wanted: 10, seed: 1, tolerance: 1e-12, maxSteps: 100);

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(exact.S[i], result.Values[i], 1e-9 * exact.S[0]);
        }

        Assert.All(result.Values.Skip(6), v => Assert.True(v < 1e-10 * exact.S[0], $"value {v} beyond the rank"));
        Assert.True(result.Converged);
    }

    [Fact]
    public void Compute_EmptyAndRepeatedRows_MatchesDenseSvd()
    {
        // As in a corpus: empty artifacts (zero rows) and copies of one text (equal rows) lower the rank.
        var dense = RandomSparse(50, 200, seed: 12).ToDense();
        dense.ClearRow(3);
        dense.ClearRow(17);
        dense.SetRow(20, dense.Row(21));
        var exact = dense.Svd(computeVectors: true);

        var result = TruncatedSvd.Compute(FromDense(dense), wanted: 50, seed: 1, tolerance: 1e-12, maxSteps: 500);

        // Rank 47: the iteration stops there (no direction left) and leaves out the zero values.
        Assert.InRange(result.Values.Length, 47, 50);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(exact.S[i], i < result.Values.Length ? result.Values[i] : 0.0, 1e-9 * exact.S[0]);
        }

        var distance = SubspaceDistance(exact.U.SubMatrix(0, 50, 0, 47), result.LeftVectors.SubMatrix(0, 50, 0, 47));
        Assert.True(distance < 1e-8, $"subspace distance {distance}");
    }

    [Fact]
    public void Compute_StepCap_ReturnsUnconvergedTriplets()
    {
        var sparse = RandomSparse(80, 60, seed: 10);
        var result = TruncatedSvd.Compute(sparse, wanted: 5, seed: 3, tolerance: 1e-14, maxSteps: 6);
        Assert.False(result.Converged);
        Assert.Equal(6, result.Steps);
        Assert.Equal(5, result.Values.Length);
    }

    [Fact]
    public void Compute_SameSeed_SameVectors()
    {
        var sparse = RandomSparse(50, 40, seed: 5);
        var first = TruncatedSvd.Compute(sparse, wanted: 5, seed: 11, tolerance: 1e-3, maxSteps: 8);
        var second = TruncatedSvd.Compute(sparse, wanted: 5, seed: 11, tolerance: 1e-3, maxSteps: 8);
        Assert.Equal(first.LeftVectors, second.LeftVectors);
    }

    [Fact]
    public void SparseRowMatrix_ProductAndTranspose_MatchDense()
    {
        var sparse = RandomSparse(30, 20, seed: 6);
        var dense = sparse.ToDense();
        var vector = Enumerable.Range(0, 20).Select(i => Math.Sin(i)).ToArray();
        var product = new double[30];
        sparse.Multiply(vector, product);
        Assert.True((DenseVector.OfArray(product) - (dense * DenseVector.OfArray(vector))).L2Norm() < 1e-12);
        Assert.True((sparse.Transpose().ToDense() - dense.Transpose()).FrobeniusNorm() == 0);
    }
}

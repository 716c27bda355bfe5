using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Comet.Measures.Latent;

/// <summary>
/// The leading singular triplets of a matrix from a good guess of its left singular subspace: block
/// subspace iteration (Q -> orth(A A' Q)) with a Rayleigh-Ritz step each round, stopped when every
/// wanted triplet's residual is at the requested level (issue 20: a one-file change of a 5,000-file
/// project moves LSI's subspace a little, and the previous decomposition is a start Lanczos cannot use).
/// </summary>
/// <remarks>
/// Each round costs 2 m sparse products (m = the block's width) and O((rows + columns) m^2) of dense
/// work, against Lanczos' few hundred steps with full reorthogonalisation. The error of triplet i shrinks
/// by about (s_(m+1) / s_i)^2 per round, so the block holds spare directions beyond the wanted ones: with
/// the start close to the answer a few rounds reach the tolerance. The Ritz pairs satisfy A'u_i = s_i v_i
/// exactly (v_i is defined so); the residual checked is the other half, ||A v_i - s_i u_i||, relative to
/// the largest value, as <see cref="TruncatedSvd"/> checks its own. Not converged within the round cap:
/// the caller falls back to the full decomposition.
/// </remarks>
public static class SubspaceRefinement
{
    /// <param name="start">Rows x m guess of the leading left singular vectors, orthonormal columns (m at least <paramref name="wanted"/>).</param>
    /// <param name="observe">Called after each round with the round and the largest wanted residual relative to s_0 (diagnostics; may be null).</param>
    public static TruncatedSvdResult Refine(
        SparseRowMatrix a,
        Matrix<double> start,
        int wanted,
        double tolerance,
        int maxRounds,
        Action<int, double>? observe = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(wanted, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRounds, 1);
        if (start.RowCount != a.Rows || start.ColumnCount < wanted)
        {
            throw new ArgumentException($"Expected a start of {a.Rows} rows and at least {wanted} columns, got {start.RowCount} x {start.ColumnCount}.", nameof(start));
        }

        var transpose = a.Transpose();
        // Orthonormal already (LatentBasis.StartBlock): a QR of 5,050 x 150 would cost as much as a round.
        var q = start;
        for (var round = 1; ; round++)
        {
            cancellation.ThrowIfCancellationRequested();

            // Rayleigh-Ritz on span(Q): the SVD of Q'A through the eigenpairs of (Q'A)(Q'A)' = W'W.
            var w = Product(transpose, q);
            var (rotation, squares) = LsiMeasure.Eigenpairs(ColumnGram(w));
            var left = q * rotation;

            // A A' Q P = A V S: the residuals, and (orthonormalised) the next round's block.
            var next = Product(a, w) * rotation;
            var values = squares.Select(v => Math.Sqrt(Math.Max(0.0, v))).ToArray();
            var residual = LargestResidual(next, left, values, wanted);
            observe?.Invoke(round, residual);
            var converged = residual <= tolerance;
            if (converged || round >= maxRounds)
            {
                var spares = left.ColumnCount - wanted;
                var spareLeft = spares > 0 ? left.SubMatrix(0, a.Rows, wanted, spares) : null;
                return new TruncatedSvdResult(left.SubMatrix(0, a.Rows, 0, wanted), values[..wanted], round, converged, spareLeft);
            }

            q = Orthonormal(next);
        }
    }

    /// <summary>max_i ||A v_i - s_i u_i|| / s_0 over the wanted i, with A v_i = (A A' Q P)_i / s_i (0 for a zero matrix).</summary>
    private static double LargestResidual(Matrix<double> products, Matrix<double> left, double[] values, int wanted)
    {
        var largest = values[0];
        var worst = 0.0;
        for (var i = 0; i < wanted && largest > 0; i++)
        {
            // A zero value has no residual to speak of: A'u = 0 exactly.
            if (values[i] > 0)
            {
                var residual = (products.Column(i) / values[i]) - (left.Column(i) * values[i]);
                worst = Math.Max(worst, residual.L2Norm() / largest);
            }
        }

        return worst;
    }

    /// <summary>
    /// B'B by one vectorised dot product per pair of columns, pairs in parallel: MathNet's managed
    /// TransposeThisAndMultiply was a large part of a round on a 10,600 x 150 block.
    /// </summary>
    private static Matrix<double> ColumnGram(DenseMatrix block)
    {
        var width = block.ColumnCount;
        var length = block.RowCount;
        var values = block.Values;
        var gram = new DenseMatrix(width, width);
        Parallel.For(0, width, i =>
        {
            var left = values.AsSpan(i * length, length);
            for (var j = 0; j <= i; j++)
            {
                var dot = TensorPrimitives.Dot(left, values.AsSpan(j * length, length));
                gram[i, j] = dot;
                gram[j, i] = dot;
            }
        });
        return gram;
    }

    /// <summary>An orthonormal basis of the columns' span (thin Householder QR).</summary>
    private static Matrix<double> Orthonormal(Matrix<double> block) => block.QR(QRMethod.Thin).Q;

    /// <summary>The sparse <paramref name="map"/> times each column of <paramref name="block"/>, columns in parallel.</summary>
    private static DenseMatrix Product(SparseRowMatrix map, Matrix<double> block)
    {
        var result = new DenseMatrix(map.Rows, block.ColumnCount);
        Parallel.For(0, block.ColumnCount, c =>
        {
            var column = new double[map.Rows];
            map.Multiply(block.Column(c).AsArray() ?? block.Column(c).ToArray(), column);
            column.CopyTo(result.Values, (long)c * map.Rows);
        });
        return result;
    }
}

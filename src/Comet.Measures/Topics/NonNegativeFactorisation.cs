using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Topics;

/// <summary>
/// X ~ W H with W, H >= 0 by Lee and Seung's multiplicative updates for the Frobenius loss. W holds one
/// topic vector per document (row). H is kept transposed (terms x topics) so that every product is a
/// sparse X or X' times a dense matrix, which MathNet does in O(nonzeros x topics).
/// </summary>
public static class NonNegativeFactorisation
{
    // Guards the updates against 0/0 when a document or term has no weight at all.
    private const double Epsilon = 1e-12;

    /// <summary>How often the loss is computed for the stopping test.</summary>
    private const int CheckInterval = 10;

    /// <returns>W (documents x topics).</returns>
    public static Matrix<double> DocumentTopics(SparseMatrix x, int topics, NmfOptions options, int seed, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(options);
        var xt = SparseMatrix.OfMatrix(x.Transpose());
        var (w, ht) = Initialise(x, topics, seed);
        var squaredNormX = x.FrobeniusNorm() * x.FrobeniusNorm();
        var previousLoss = double.PositiveInfinity;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellation.ThrowIfCancellationRequested();

            // H' <- H' .* (X' W) ./ (H' (W' W))
            var wtw = w.TransposeThisAndMultiply(w);
            Update(ht, xt.Multiply(w), ht.Multiply(wtw));

            // W <- W .* (X H') ./ (W (H H'))
            var hht = ht.TransposeThisAndMultiply(ht);
            var xh = x.Multiply(ht);
            Update(w, xh, w.Multiply(hht));

            if (iteration % CheckInterval == 0)
            {
                // ||X - W H||^2 = ||X||^2 - 2 tr(W' X H') + tr((W' W)(H H')), with W already updated.
                var loss = squaredNormX - (2 * w.PointwiseMultiply(xh).RowSums().Sum())
                           + w.TransposeThisAndMultiply(w).PointwiseMultiply(hht).RowSums().Sum();
                if (previousLoss - loss <= options.Tolerance * Math.Max(previousLoss, Epsilon))
                {
                    break;
                }

                previousLoss = loss;
            }
        }

        return w;
    }

    private static void Update(Matrix<double> factor, Matrix<double> numerator, Matrix<double> denominator)
    {
        denominator.Add(Epsilon, denominator);
        factor.PointwiseMultiply(numerator, factor);
        factor.PointwiseDivide(denominator, factor);
    }

    /// <summary>
    /// Seeded uniform start in (0.5, 1.5) x sqrt(mean(X) / k), the scale at which W H matches X on
    /// average. Every entry is positive: a multiplicative update never moves an entry away from 0.
    /// </summary>
    private static (Matrix<double> W, Matrix<double> Ht) Initialise(SparseMatrix x, int topics, int seed)
    {
        var random = new Random(seed);
        var mean = x.RowSums().Sum() / ((double)x.RowCount * x.ColumnCount);
        var scale = Math.Sqrt(Math.Max(mean, Epsilon) / topics);
        var w = Matrix<double>.Build.Dense(x.RowCount, topics, (_, _) => scale * (0.5 + random.NextDouble()));
        var ht = Matrix<double>.Build.Dense(x.ColumnCount, topics, (_, _) => scale * (0.5 + random.NextDouble()));
        return (w, ht);
    }
}

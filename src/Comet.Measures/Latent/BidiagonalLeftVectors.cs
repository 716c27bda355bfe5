using SimdVector = System.Numerics.Vector;
using Lanes = System.Numerics.Vector<double>;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Latent;

/// <summary>
/// Singular values and left singular vectors of the Lanczos bidiagonal B (diagonal alpha, super-diagonal
/// beta), through the eigenproblem of the symmetric tridiagonal B B' = U S^2 U', solved by implicit QL.
/// </summary>
/// <remarks>
/// Why not a dense SVD of B: <see cref="TruncatedSvd"/> checks convergence every few steps, and a general
/// dense SVD of a 335 x 335 B (both sides' vectors, Householder work on a matrix that is already bidiagonal)
/// took a third of a 5,000-file project's LSI time (6.2 of 18.6 s at load ~15, 4.2 s in the last check
/// alone). The check needs only the singular values and the last entry of each left vector: QL on a
/// tridiagonal matrix gives the values in O(n^2), and the last entries by applying its rotations to one
/// row instead of a whole matrix. The vectors are accumulated in full once, when the triplets are kept.
/// Squaring B costs relative accuracy only in singular values far below the largest (about
/// eps x (s_1 / s_i)^2), and LSI keeps the leading hundred, where that is rounding level.
/// </remarks>
internal static class BidiagonalLeftVectors
{
    private const int MaxIterationsPerValue = 60;

    /// <summary>Half the spacing of doubles at 1 (2^-53): an off-diagonal entry this small beside its diagonal neighbours is zero.</summary>
    private const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>Singular values of B, descending, and the last entry of each one's left vector (same order).</summary>
    public static (double[] Values, double[] LastEntries) ValuesAndLastEntries(IReadOnlyList<double> alphas, IReadOnlyList<double> betas, int steps)
    {
        var (d, e) = Tridiagonal(alphas, betas, steps);
        var lastRow = new double[steps];
        lastRow[steps - 1] = 1;
        Diagonalise(d, e, (i, c, s) => Rotate(lastRow, i, c, s));
        var order = Descending(d);
        return ([.. order.Select(j => Math.Sqrt(Math.Max(d[j], 0)))], [.. order.Select(j => lastRow[j])]);
    }

    /// <summary>Singular values of B, descending, and the left vectors of the first <paramref name="columns"/> as the columns of a steps x columns matrix.</summary>
    public static (double[] Values, Matrix<double> Left) ValuesAndVectors(IReadOnlyList<double> alphas, IReadOnlyList<double> betas, int steps, int columns)
    {
        var (d, e) = Tridiagonal(alphas, betas, steps);
        var z = DenseMatrix.CreateIdentity(steps);
        var values = z.Values; // column-major: column j is values[j * steps .. (j + 1) * steps)
        Diagonalise(d, e, (i, c, s) => RotateColumns(values, steps, i, c, s));
        var order = Descending(d);
        var left = new DenseMatrix(steps, columns);
        for (var k = 0; k < columns; k++)
        {
            Array.Copy(values, order[k] * steps, left.Values, k * steps, steps);
        }

        return ([.. order.Select(j => Math.Sqrt(Math.Max(d[j], 0)))], left);
    }

    /// <summary>B B' as its diagonal and sub-diagonal (the last sub-diagonal entry is a 0 the solver needs).</summary>
    private static (double[] Diagonal, double[] OffDiagonal) Tridiagonal(IReadOnlyList<double> alphas, IReadOnlyList<double> betas, int steps)
    {
        var d = new double[steps];
        var e = new double[steps];
        for (var j = 0; j < steps; j++)
        {
            // Row j of B holds alpha_j and, except in the last row, beta_j (beta of the last step is the residual, outside B).
            var beta = j + 1 < steps ? betas[j] : 0;
            d[j] = (alphas[j] * alphas[j]) + (beta * beta);
            if (j + 1 < steps)
            {
                e[j] = beta * alphas[j + 1];
            }
        }

        return (d, e);
    }

    /// <summary>
    /// Implicit QL with Wilkinson-type shifts on a symmetric tridiagonal matrix (diagonal d, sub-diagonal e):
    /// on return d holds the eigenvalues; every plane rotation of columns (i, i + 1) is reported to
    /// <paramref name="rotate"/> so a caller can accumulate as much of the eigenvector matrix as it needs.
    /// </summary>
    private static void Diagonalise(double[] d, double[] e, Action<int, double, double> rotate)
    {
        var n = d.Length;
        for (var l = 0; l < n; l++)
        {
            for (var iteration = 0; ; iteration++)
            {
                var m = FirstNegligible(d, e, l);
                if (m == l)
                {
                    break;
                }

                if (iteration == MaxIterationsPerValue)
                {
                    throw new InvalidOperationException($"QL did not converge on eigenvalue {l} of {n}.");
                }

                // Shift: the eigenvalue of the leading 2 x 2 block at l nearer to d[l], chased up from m.
                var g = (d[l + 1] - d[l]) / (2 * e[l]);
                var r = double.Hypot(g, 1);
                g = d[m] - d[l] + (e[l] / (g + Math.CopySign(r, g)));
                double s = 1, c = 1, p = 0;
                var split = false;
                for (var i = m - 1; i >= l; i--)
                {
                    var f = s * e[i];
                    var b = c * e[i];
                    r = double.Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        // The matrix split at i + 1: undo the shift there and start this value again.
                        d[i + 1] -= p;
                        e[m] = 0;
                        split = true;
                        break;
                    }

                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = ((d[i] - g) * s) + (2 * c * b);
                    p = s * r;
                    d[i + 1] = g + p;
                    g = (c * r) - b;
                    rotate(i, c, s);
                }

                if (!split)
                {
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0;
                }
            }
        }
    }

    /// <summary>The first m >= l whose sub-diagonal entry is negligible beside its two diagonal neighbours (n - 1 if none).</summary>
    private static int FirstNegligible(double[] d, double[] e, int l)
    {
        var m = l;
        for (; m < d.Length - 1; m++)
        {
            var scale = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
            if (Math.Abs(e[m]) <= double.Epsilon + (scale * UnitRoundoff))
            {
                break;
            }
        }

        return m;
    }

    private static void Rotate(double[] row, int i, double c, double s)
    {
        var f = row[i + 1];
        row[i + 1] = (s * row[i]) + (c * f);
        row[i] = (c * row[i]) - (s * f);
    }

    /// <summary>The same rotation applied to columns i and i + 1 of a column-major n x n matrix.</summary>
    private static void RotateColumns(double[] values, int n, int i, double c, double s)
    {
        var left = values.AsSpan(i * n, n);
        var right = values.AsSpan((i + 1) * n, n);
        var k = 0;
        if (SimdVector.IsHardwareAccelerated)
        {
            var (cv, sv) = (new Lanes(c), new Lanes(s));
            for (; k <= n - Lanes.Count; k += Lanes.Count)
            {
                var a = new Lanes(left[k..]);
                var f = new Lanes(right[k..]);
                ((sv * a) + (cv * f)).CopyTo(right[k..]);
                ((cv * a) - (sv * f)).CopyTo(left[k..]);
            }
        }

        for (; k < n; k++)
        {
            var a = left[k];
            var f = right[k];
            right[k] = (s * a) + (c * f);
            left[k] = (c * a) - (s * f);
        }
    }

    /// <summary>Indices of <paramref name="values"/> from the largest down (ties: lower index first, so the order is stable).</summary>
    private static int[] Descending(double[] values) =>
        [.. Enumerable.Range(0, values.Length).OrderByDescending(j => values[j]).ThenBy(j => j)];
}

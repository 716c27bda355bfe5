using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace Comet.Measures.Latent;

/// <summary>The leading singular triplets' left half: A ~ U diag(S) V' restricted to the largest values.</summary>
/// <param name="LeftVectors">Rows x Values.Length, orthonormal columns, in descending order of value.</param>
/// <param name="Values">Singular values, descending.</param>
/// <param name="Steps">Lanczos steps taken (the size of the Krylov space).</param>
/// <param name="Converged">Whether every wanted triplet met the residual tolerance within the step cap.</param>
/// <param name="SpareVectors">
/// Left Ritz vectors beyond the wanted ones, in descending order of value, when asked for (null otherwise):
/// not converged, but close to the next singular directions; a later warm start uses them as its spare
/// block (<see cref="SubspaceRefinement"/>).
/// </param>
public sealed record TruncatedSvdResult(Matrix<double> LeftVectors, double[] Values, int Steps, bool Converged, Matrix<double>? SpareVectors = null);

/// <summary>
/// Truncated SVD of a sparse matrix by Golub-Kahan-Lanczos bidiagonalisation with full
/// reorthogonalisation: from a random start vector it builds orthonormal U (rows side) and V (columns
/// side) with A V = U B, B upper bidiagonal and small; the SVD of B gives the Ritz triplets.
/// </summary>
/// <remarks>
/// Why Lanczos: a first version used randomized subspace iteration (a 121-column Gaussian sketch and
/// power steps); on the benchmark corpora it needed 40-60+ iterations to reach rounding-level
/// residuals, because text spectra decay slowly, and was slower than the old dense eigendecomposition
/// on CCHIT. Krylov methods converge on the leading values far faster (a few hundred steps for 101
/// triplets). Each step costs one product with A and one with A' (linear in the stored cells) plus the
/// reorthogonalisation, O((rows + columns) x steps); nothing documents x documents or terms x terms is
/// formed. Full reorthogonalisation (classical Gram-Schmidt, twice) keeps the bases orthonormal, so no
/// spurious copies of converged values appear.
/// The residual of Ritz triplet i is ||A'u_i - s_i v_i|| = beta_K |p_i(K)| (the last entry of its
/// left vector of B, times the last off-diagonal), so convergence is checked without touching A. A
/// residual r moves a singular subspace by about r / (gap to the next value): a rounding-level
/// tolerance reproduces the exact leading subspace wherever that subspace is well defined.
/// Keep <c>maxSteps</c> well below min(rows, columns): rounding lets the longer side's vectors drift
/// into A's null space, by a factor alpha/beta per step (Lanczos converging on the zero eigenvalues of
/// A'A); that only costs steps while the space can grow, but once the steps reach min(rows, columns)
/// the drifted vectors take the place of real directions (on a 44 x 186 matrix a singular value went
/// missing). Small matrices are cheaper through a dense Gram matrix anyway (LsiMeasure does so).
/// </remarks>
public static class TruncatedSvd
{
    /// <summary>Below this fraction of the largest norm met, a new Lanczos vector counts as zero (invariant subspace found).</summary>
    private const double BreakdownTolerance = 1e-12;

    /// <summary>A random direction that keeps less than this fraction of its norm after orthogonalisation lay in the basis already.</summary>
    private const double FreshTolerance = 1e-10;

    /// <summary>Lanczos steps between convergence checks.</summary>
    private const int CheckInterval = 4;

    /// <summary>Below this many multiply-adds threads cost more than they save (most benchmark corpora).</summary>
    internal const long ParallelWork = 1 << 18;

    public static TruncatedSvdResult Compute(
        SparseRowMatrix a,
        int wanted,
        int seed,
        double tolerance,
        int maxSteps,
        int spare = 0,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentOutOfRangeException.ThrowIfLessThan(wanted, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        var limit = Math.Min(a.Rows, a.Columns);
        if (limit == 0)
        {
            return new TruncatedSvdResult(new DenseMatrix(a.Rows, 0), [], 0, true);
        }

        var transpose = a.Transpose();
        var random = new Random(seed);
        var lefts = new List<double[]>();
        var rights = new List<double[]>();
        var alphas = new List<double>();
        var betas = new List<double>();
        var scale = 0.0;

        var v = FreshDirection(transpose, a.Rows, random, rights);
        if (v is null)
        {
            // A is zero: any orthonormal vectors would do, zero values say there is nothing.
            var kept = Math.Min(wanted, limit);
            return new TruncatedSvdResult(new DenseMatrix(a.Rows, kept), new double[kept], 0, true);
        }

        var nextCheck = Math.Min(limit, wanted + 10);
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();

            // u_j = (A v_j - beta_{j-1} u_{j-1}) / alpha_j: the full reorthogonalisation removes beta u too.
            rights.Add(v);
            var u = new double[a.Rows];
            a.Multiply(v, u);
            scale = Math.Max(scale, TensorPrimitives.Norm(u));
            Orthogonalise(u, lefts);
            var alpha = TensorPrimitives.Norm(u);
            var complete = false;
            if (alpha <= BreakdownTolerance * scale)
            {
                // A v_j lies in span(U): a zero on B's diagonal, and a fresh direction to go on from. With
                // none left, U holds A's whole range; a zero u_j then only adds a zero row to B.
                alpha = 0;
                u = FreshDirection(a, a.Columns, random, lefts);
                complete = u is null;
                u ??= new double[a.Rows];
            }
            else
            {
                TensorPrimitives.Divide(u, alpha, u);
            }

            lefts.Add(u);
            alphas.Add(alpha);
            var steps = lefts.Count;
            complete |= steps >= limit;

            // v_{j+1} = (A' u_j - alpha_j v_j) / beta_j, orthogonal to every earlier v.
            double[]? w = null;
            var beta = 0.0;
            if (!complete)
            {
                w = new double[a.Columns];
                transpose.Multiply(u, w);
                scale = Math.Max(scale, TensorPrimitives.Norm(w));
                Orthogonalise(w, rights);
                beta = TensorPrimitives.Norm(w);
                if (beta <= BreakdownTolerance * scale)
                {
                    // Residual zero: the Ritz triplets so far are exact. Go on in a fresh direction, if any.
                    beta = 0;
                    w = FreshDirection(transpose, a.Rows, random, rights);
                    complete = w is null;
                }
                else
                {
                    TensorPrimitives.Divide(w, beta, w);
                }
            }

            betas.Add(beta);
            if (complete || steps >= nextCheck || steps >= maxSteps)
            {
                // No fresh direction left: the Krylov space is invariant and the triplets are exact.
                var exhausted = complete && steps < limit;
                if (Extract(lefts, alphas, betas, wanted, tolerance, a.Rows, force: complete || steps >= maxSteps, spare) is { } result)
                {
                    return result with { Converged = result.Converged || exhausted };
                }

                // A check costs O(steps^2) (BidiagonalLeftVectors), a step O((rows + columns) x steps): checking
                // every few steps stops close to the first converged one (5k project: 271 steps, not the 335 that
                // checks spaced by a quarter of the steps reached when each cost a dense SVD of B).
                nextCheck = Math.Min(limit, steps + CheckInterval);
            }

            v = w!;
        }
    }

    /// <summary>Ritz triplets from the SVD of the bidiagonal B; null while a wanted residual is too large, unless forced.</summary>
    private static TruncatedSvdResult? Extract(
        List<double[]> lefts, List<double> alphas, List<double> betas, int wanted, double tolerance, int rows, bool force, int spare)
    {
        // The check needs only the values and the last entry of each left vector of B (BidiagonalLeftVectors):
        // O(steps^2), where the vectors themselves cost O(steps^3) and are computed only for the result.
        var steps = lefts.Count;
        var (values, lastEntries) = BidiagonalLeftVectors.ValuesAndLastEntries(alphas, betas, steps);
        var kept = Math.Min(wanted, steps);
        var lastBeta = betas[steps - 1];
        var converged = true;
        for (var i = 0; i < kept; i++)
        {
            converged &= lastBeta * Math.Abs(lastEntries[i]) <= tolerance * values[0];
        }

        if (!converged && !force)
        {
            return null;
        }

        // Left singular vectors U_K P: one dense product, the basis laid out column by column.
        var basis = new DenseMatrix(rows, steps);
        for (var j = 0; j < steps; j++)
        {
            lefts[j].CopyTo(basis.Values, j * rows);
        }

        var spares = Math.Min(spare, steps - kept);
        var (_, p) = BidiagonalLeftVectors.ValuesAndVectors(alphas, betas, steps, kept + spares);
        var left = basis * p.SubMatrix(0, steps, 0, kept);

        // A separate product, so the wanted vectors are the same bits with or without spares.
        var spareLeft = spares > 0 ? basis * p.SubMatrix(0, steps, kept, spares) : null;
        return new TruncatedSvdResult(left, [.. values.Take(kept)], steps, converged, spareLeft);
    }

    /// <summary>Removes from <paramref name="vector"/> its components along the orthonormal <paramref name="basis"/>, twice (CGS2).</summary>
    private static void Orthogonalise(double[] vector, List<double[]> basis)
    {
        if (basis.Count == 0)
        {
            return;
        }

        var coefficients = new double[basis.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            if ((long)basis.Count * vector.Length < ParallelWork)
            {
                for (var i = 0; i < basis.Count; i++)
                {
                    coefficients[i] = TensorPrimitives.Dot(vector, basis[i]);
                }
            }
            else
            {
                Parallel.For(0, basis.Count, i => coefficients[i] = TensorPrimitives.Dot(vector, basis[i]));
            }

            SubtractCombination(vector, basis, coefficients);
        }
    }

    /// <summary>
    /// vector -= sum_i coefficients[i] basis[i], basis vectors in order. Above <see cref="ParallelWork"/> the
    /// vector is cut into slices updated on separate threads: each entry sees the same operations in the same
    /// order as in one pass, so the result is the same bits (the update reads every basis vector once, which
    /// at a few hundred Lanczos steps is most of the time LSI spends on a large corpus).
    /// </summary>
    private static void SubtractCombination(double[] vector, List<double[]> basis, double[] coefficients)
    {
        const int slice = 2048;
        var slices = (vector.Length + slice - 1) / slice;
        if ((long)basis.Count * vector.Length < ParallelWork || slices == 1)
        {
            for (var i = 0; i < basis.Count; i++)
            {
                TensorPrimitives.MultiplyAdd(basis[i], -coefficients[i], vector, vector);
            }

            return;
        }

        Parallel.For(0, slices, k =>
        {
            var start = k * slice;
            var length = Math.Min(slice, vector.Length - start);
            var target = vector.AsSpan(start, length);
            for (var i = 0; i < basis.Count; i++)
            {
                TensorPrimitives.MultiplyAdd(basis[i].AsSpan(start, length), -coefficients[i], target, target);
            }
        });
    }

    /// <summary>
    /// A unit vector in the range of <paramref name="map"/> (map times a random vector) orthogonal to
    /// <paramref name="basis"/>, or null when that range lies in span(basis) up to rounding.
    /// </summary>
    /// <remarks>
    /// Drawn from the range, not uniformly: a random start vector's part outside A's row space would take
    /// a place in V and leave the Krylov space one short of the row space at min(rows, columns) steps
    /// (the first version did that: on small corpora its last singular value came out 0).
    /// </remarks>
    private static double[]? FreshDirection(SparseRowMatrix map, int inputLength, Random random, List<double[]> basis)
    {
        var input = new double[inputLength];
        for (var i = 0; i < inputLength; i++)
        {
            input[i] = random.NextDouble() - 0.5;
        }

        var vector = new double[map.Rows];
        map.Multiply(input, vector);
        var before = TensorPrimitives.Norm(vector);
        Orthogonalise(vector, basis);
        var after = TensorPrimitives.Norm(vector);
        if (before == 0 || after <= FreshTolerance * before)
        {
            return null;
        }

        TensorPrimitives.Divide(vector, after, vector);
        return vector;
    }
}

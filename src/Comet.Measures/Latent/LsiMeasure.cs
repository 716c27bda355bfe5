using Comet.Core.Similarity;
using MathNet.Numerics.LinearAlgebra;

namespace Comet.Measures.Latent;

/// <summary>
/// Latent semantic indexing: truncated SVD A = U S V' of the documents x terms matrix A of sources and
/// targets together, documents represented by the rows of U_k S_k, compared by cosine.
/// </summary>
/// <remarks>
/// How U_k S_k is computed depends on the size, so that nothing grows quadratically with the corpus
/// (issue 19: the documents x documents Gram matrix took 30 s at 2,000 files and overflowed an int32
/// above 16,384):
/// - up to <see cref="DenseLimit"/> documents (default 1,500), the symmetric eigendecomposition of the
///   document Gram matrix A A' = U S^2 U' (MathNet's EVD), as before: exact, bounded (18 MB, seconds),
///   and the committed benchmark results stay bit for bit (the largest task, CCHIT, has 1,180);
/// - more documents but at most <see cref="DenseLimit"/> terms, the same on the term side:
///   A'A = V S^2 V', U S = A V;
/// - otherwise a truncated SVD (<see cref="TruncatedSvd"/>, Lanczos bidiagonalisation of the sparse
///   matrix, run until the residuals are at rounding level), linear in the corpus at fixed k.
/// Why the limit is 1,500 and not lower: at 500, CCHIT went through Lanczos; its LSI scores differed
/// from the Gram path's by at most 4.5e-14 and LSI's AP not at all, but the link model's AP moved by
/// 7e-6 (MAP with answers 1.9e-4): rounding breaks exact ties among equal scores differently, and
/// the model's rank transforms see that (the committed-results check allows 2e-6).
/// Squaring in the Gram paths loses only singular values below about 1e-8 of the largest, far below
/// rank k. Lanczos is not used on small matrices because with min(rows, columns) within reach of its
/// step count, rounding lets the longer side's vectors drift into A's null space (growing by
/// alpha/beta per step: measured on a 44 x 186 corpus, a singular value went missing).
/// Defaults, from the 15 core tasks (docs/benchmarks.md): tf-idf rows beat raw counts at every k
/// (mean AP / MAP 40.6 / 59.0 against 31.8 / 53.1 at k = 100; COMET's counts with k = 30 gave
/// 28.0 / 48.4), and k = 100 ties k = 200 and rank - 1 (40.4 / 59.5, 40.5 / 59.5), so the default
/// is the independent baseline's min(100, rank - 1).
/// </remarks>
public sealed class LsiMeasure : ISimilarityMeasure
{
    /// <summary>Latent dimensions used when none is given; chosen on the benchmark datasets (docs/benchmarks.md).</summary>
    public const int DefaultDimensions = 100;

    /// <summary>Default of <see cref="DenseLimit"/>.</summary>
    public const int DefaultDenseLimit = 1500;

    /// <summary>Squared singular values below this fraction of the largest count as zero when the rank is estimated.</summary>
    private const double RankTolerance = 1e-10;

    /// <summary>Lanczos residual at which the SVD stops, relative to the largest singular value.</summary>
    private const double Tolerance = 1e-12;

    /// <summary>
    /// Cap on Lanczos steps (each keeps a vector per document and one per term); also held below
    /// <see cref="DenseLimit"/>, so the Lanczos path never reaches min(rows, columns) steps.
    /// </summary>
    private const int MaxSteps = 450;

    /// <param name="cache">
    /// Where document vectors of corpora above <paramref name="denseLimit"/> documents are kept between runs
    /// (the decomposition is the costly part there); null = always compute. Below the limit the Gram path
    /// takes well under a second and nothing is stored.
    /// </param>
    public LsiMeasure(
        int dimensions = DefaultDimensions, TermWeighting weighting = TermWeighting.TfIdf, int denseLimit = DefaultDenseLimit, LatentCache? cache = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(denseLimit, 2);
        Dimensions = dimensions;
        Weighting = weighting;
        DenseLimit = denseLimit;
        Cache = cache;
    }

    /// <summary>The store of document vectors reused between runs, or null.</summary>
    public LatentCache? Cache { get; }

    /// <summary>Largest side (documents, else terms) factorised through a dense Gram matrix; beyond it, Lanczos.</summary>
    public int DenseLimit { get; }

    /// <summary>Upper bound on k; the k used is min(Dimensions, rank - 1), at least 1 (as the independent baseline).</summary>
    public int Dimensions { get; }

    public TermWeighting Weighting { get; }

    public string Name => "lsi";

    public SimilarityMatrix Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.Corpus;
        var rows = DocumentTermMatrix.WeightedRows(corpus, Weighting).Select(r => (r.Document.TermIds, r.Values)).ToArray();
        var matrix = SparseRowMatrix.FromRows(rows, Math.Max(1, corpus.Vocabulary.Count));
        var latent = CachedLatentVectors(matrix, context);
        var (sources, targets) = DocumentTermMatrix.Split(latent, corpus);
        return RowCosine.Fill(context, sources, targets);
    }

    /// <summary>The document vectors from the cache when this exact matrix was decomposed before with these settings.</summary>
    private Matrix<double> CachedLatentVectors(SparseRowMatrix matrix, MeasureContext context)
    {
        if (Cache is null || matrix.Rows <= DenseLimit)
        {
            return LatentVectors(matrix, context);
        }

        var key = CacheKey(matrix, context.Seed);
        if (Cache.TryGet(key) is { } cached && cached.RowCount == matrix.Rows)
        {
            return cached;
        }

        var latent = LatentVectors(matrix, context);
        Cache.Put(key, latent);
        return latent;
    }

    /// <summary>The cache key of this measure's decomposition of <paramref name="matrix"/>.</summary>
    internal string CacheKey(SparseRowMatrix matrix, int seed) => LatentCache.Key(matrix, Dimensions, DenseLimit, seed, Tolerance, MaxSteps);

    /// <summary>Rows of U_k S_k with k = min(Dimensions, rank - 1), at least 1 (a zero column if there is nothing).</summary>
    private Matrix<double> LatentVectors(SparseRowMatrix matrix, MeasureContext context)
    {
        var cancellation = context.Cancellation;
        if (matrix.Rows <= DenseLimit)
        {
            var (vectors, squares) = Eigenpairs(matrix.RowGram(cancellation));
            var k = Dimension(squares);
            return Scaled(vectors, squares, k);
        }

        if (matrix.Columns <= DenseLimit)
        {
            // U s = A v for each term-side eigenvector v (with s^2 its eigenvalue).
            var (vectors, squares) = Eigenpairs(matrix.Transpose().RowGram(cancellation));
            var k = Dimension(squares);
            var latent = Matrix<double>.Build.Dense(matrix.Rows, k);
            var product = new double[matrix.Rows];
            for (var c = 0; c < k && c < squares.Length; c++)
            {
                matrix.Multiply(vectors.Column(c).ToArray(), product);
                latent.SetColumn(c, product);
            }

            return latent;
        }

        // k + 1 triplets so that "rank - 1" is known whenever the rank is at most k.
        var svd = TruncatedSvd.Compute(matrix, Dimensions + 1, context.Seed, Tolerance, Math.Min(MaxSteps, DenseLimit - 1), cancellation);
        var squared = svd.Values.Select(v => v * v).ToArray();
        return Scaled(svd.LeftVectors, squared, Dimension(squared));
    }

    /// <summary>k = min(Dimensions, rank - 1), at least 1, from squared singular values in descending order.</summary>
    private int Dimension(double[] squares)
    {
        var largest = squares.Length == 0 ? 0.0 : Math.Max(0.0, squares[0]);
        var rank = squares.Count(v => v > largest * RankTolerance && v > 0);
        return Math.Max(1, Math.Min(Dimensions, rank - 1));
    }

    /// <summary>The first k columns, each times its singular value (the root of its square).</summary>
    private static Matrix<double> Scaled(Matrix<double> vectors, double[] squares, int k)
    {
        var latent = Matrix<double>.Build.Dense(vectors.RowCount, k);
        for (var c = 0; c < k && c < squares.Length && c < vectors.ColumnCount; c++)
        {
            latent.SetColumn(c, vectors.Column(c) * Math.Sqrt(Math.Max(0.0, squares[c])));
        }

        return latent;
    }

    /// <summary>Eigenvectors (columns) and eigenvalues of a symmetric Gram matrix, in descending order of eigenvalue.</summary>
    private static (Matrix<double> Vectors, double[] Values) Eigenpairs(Matrix<double> gram)
    {
        var evd = gram.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(v => v.Real).ToArray();
        var order = Enumerable.Range(0, eigenvalues.Length).OrderByDescending(i => eigenvalues[i]).ThenBy(i => i).ToArray();
        var vectors = Matrix<double>.Build.Dense(gram.RowCount, order.Length);
        for (var c = 0; c < order.Length; c++)
        {
            vectors.SetColumn(c, evd.EigenVectors.Column(order[c]));
        }

        return (vectors, [.. order.Select(i => eigenvalues[i])]);
    }
}

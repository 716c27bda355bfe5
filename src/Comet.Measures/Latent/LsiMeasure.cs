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

    /// <summary>
    /// <see cref="WarmStartShare"/> when a caller turns the warm start on (the CLI's --lsi-warm-start): 1%, 50 of a
    /// 5,000-file project's documents. Off by default: its scores differ from the full decomposition's (docs/model-decisions.md).
    /// </summary>
    public const double SuggestedWarmStartShare = 0.01;

    /// <summary>
    /// Left Ritz vectors kept beyond the wanted ones as the warm start's spare block: the refinement's error
    /// shrinks by (s_(wanted+spare) / s_i)^2 per round, so more spares mean fewer rounds, each costlier.
    /// </summary>
    private const int SpareDirections = 50;


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
    /// Where document vectors are kept between runs (the decomposition is the costly part): always on the
    /// Lanczos path, from <see cref="MinimumCachedDocuments"/> documents on the Gram path; null = always compute.
    /// </param>
    /// <param name="warmStartShare">See <see cref="WarmStartShare"/>; 0 = always the full decomposition.</param>
    /// <param name="log">Where the measure says what it reused from <paramref name="cache"/> (one line per run); null = silent.</param>
    public LsiMeasure(
        int dimensions = DefaultDimensions,
        TermWeighting weighting = TermWeighting.TfIdf,
        int denseLimit = DefaultDenseLimit,
        LatentCache? cache = null,
        double warmStartShare = 0,
        Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(denseLimit, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(warmStartShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(warmStartShare, 1.0);
        Dimensions = dimensions;
        Weighting = weighting;
        DenseLimit = denseLimit;
        Cache = cache;
        WarmStartShare = warmStartShare;
        Log = log;
    }

    /// <summary>The store of document vectors reused between runs, or null.</summary>
    public LatentCache? Cache { get; }

    /// <summary>
    /// Largest share of documents whose text may differ from the cached decomposition's for a warm start
    /// (<see cref="SubspaceRefinement"/> from the last basis instead of Lanczos from a random vector);
    /// more changed, or no basis of the same documents, and the decomposition is computed in full.
    /// </summary>
    /// <value>The default is 0: always the full decomposition, as before (<see cref="SuggestedWarmStartShare"/> when on).</value>
    public double WarmStartShare { get; }

    private Action<string>? Log { get; }

    /// <summary>Diagnostics of a warm start: each refinement round and its largest relative residual (the lsi-warm benchmark prints them).</summary>
    public Action<int, double>? Observe { get; init; }

    /// <summary>
    /// Largest residual (relative to the largest singular value) a warm start must reach. Looser than
    /// Lanczos' 1e-12 on purpose: on the 5k project a round costs a fifth to a third of the full
    /// decomposition and the error shrinks only ~0.7x per round (docs/benchmarks.md, lsi-warm).
    /// </summary>
    /// <value>The default is 1e-3: one round on a one-file change of the 5k project (largest residual 2.4e-4).</value>
    public double RefinementTolerance { get; init; } = 1e-3;

    /// <summary>Refinement rounds before a warm start gives up and the full decomposition runs.</summary>
    /// <value>The default is 4.</value>
    public int MaxRefinementRounds { get; init; } = 4;

    /// <summary>
    /// Smallest corpus on the Gram path whose document vectors go to the cache (the Lanczos path's always do).
    /// The dense eigendecomposition grows with the cube of the documents: about 5 s at 1,050 (issue 20's 1k
    /// project, 2 cores), well under a tenth of a second below the default 300. Cached vectors are the
    /// computed doubles, so a warm run scores the same bits.
    /// </summary>
    public int MinimumCachedDocuments { get; init; } = 300;

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

    /// <summary>
    /// The document vectors from the cache when this exact matrix was decomposed before with these settings;
    /// else computed, warm-started from the project's last decomposition when few documents changed.
    /// </summary>
    private Matrix<double> CachedLatentVectors(SparseRowMatrix matrix, MeasureContext context)
    {
        if (Cache is null || (matrix.Rows <= DenseLimit && matrix.Rows < MinimumCachedDocuments))
        {
            return LatentVectors(matrix, context);
        }

        // A warm-started result is kept under its own key: a later run without the warm start must not take
        // it for the full decomposition; a run with it takes either.
        var key = CacheKey(matrix, context.Seed);
        var warmKey = key + "|warm-start";
        if (Cache.TryGet(key) is { } cached && cached.RowCount == matrix.Rows)
        {
            Log?.Invoke("lsi: document vectors reused from the cache (no document changed)");
            return cached;
        }

        if (WarmStartShare > 0 && Cache.TryGet(warmKey) is { } warmCached && warmCached.RowCount == matrix.Rows)
        {
            Log?.Invoke("lsi: document vectors reused from the cache (a warm start's, no document changed since)");
            return warmCached;
        }

        if (matrix.Rows <= DenseLimit || matrix.Columns <= DenseLimit || WarmStartShare == 0)
        {
            Log?.Invoke("lsi: full decomposition (these documents' vectors are not in the cache)");
            var full = LatentVectors(matrix, context);
            Cache.Put(key, full);
            return full;
        }

        var (latent, warm) = Decomposed(matrix, context, Cache);
        Cache.Put(warm ? warmKey : key, latent);
        return latent;
    }

    /// <summary>
    /// The Lanczos path with a cache and the warm start on: warm-started from the project's last basis when at most
    /// <see cref="WarmStartShare"/> of the documents changed and the refinement converges, else in full;
    /// either way the result becomes the next run's basis.
    /// </summary>
    private (Matrix<double> Latent, bool Warm) Decomposed(SparseRowMatrix matrix, MeasureContext context, LatentCache cache)
    {
        var task = context.Task;
        var basisKey = LatentCache.BasisKey(task.Sources.Ids.Concat(task.Targets.Ids), Dimensions, DenseLimit, context.Seed, Tolerance, MaxSteps);
        var fingerprints = LatentBasis.Fingerprint(task.Sources.Concat(task.Targets).Select(a => a.Text));
        var wanted = Dimensions + 1;
        var basis = cache.TryGetBasis(basisKey);
        var changed = basis is null || basis.Vectors.ColumnCount < wanted ? null : basis.ChangedRows(fingerprints);
        TruncatedSvdResult? svd = null;
        string outcome;
        if (changed is null)
        {
            outcome = "no earlier decomposition of these documents";
        }
        else if (changed.Length > WarmStartShare * matrix.Rows)
        {
            outcome = FormattableString.Invariant($"{changed.Length:N0} of {matrix.Rows:N0} documents changed, above the warm start's {WarmStartShare * 100:0.##}%");
        }
        else
        {
            var refined = SubspaceRefinement.Refine(matrix, basis!.StartBlock(changed), wanted, RefinementTolerance, MaxRefinementRounds, Observe, context.Cancellation);
            svd = refined.Converged ? refined : null;
            outcome = FormattableString.Invariant($"{changed.Length:N0} of {matrix.Rows:N0} documents changed; ")
                + (refined.Converged
                    ? FormattableString.Invariant($"warm start from the last decomposition converged in {refined.Steps} rounds")
                    : FormattableString.Invariant($"warm start not converged in {refined.Steps} rounds"));
        }

        var full = svd is null;
        svd ??= Lanczos(matrix, context, SpareDirections);
        Log?.Invoke(full ? $"lsi: full decomposition ({outcome})" : $"lsi: {outcome}");
        // At most SpareDirections spares, so the block does not grow by the changed rows' units every warm run.
        var vectors = svd.SpareVectors is { } spare
            ? svd.LeftVectors.Append(spare.SubMatrix(0, spare.RowCount, 0, Math.Min(SpareDirections, spare.ColumnCount)))
            : svd.LeftVectors;
        cache.PutBasis(basisKey, new LatentBasis(fingerprints, vectors));
        return (FromSvd(svd), !full);
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

        return FromSvd(Lanczos(matrix, context, spare: 0));
    }

    /// <summary>k + 1 triplets so that "rank - 1" is known whenever the rank is at most k; <paramref name="spare"/> more left vectors if asked.</summary>
    private TruncatedSvdResult Lanczos(SparseRowMatrix matrix, MeasureContext context, int spare) =>
        TruncatedSvd.Compute(matrix, Dimensions + 1, context.Seed, Tolerance, Math.Min(MaxSteps, DenseLimit - 1), spare, context.Cancellation);

    /// <summary>Rows of U_k S_k from the triplets.</summary>
    private Matrix<double> FromSvd(TruncatedSvdResult svd)
    {
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
    internal static (Matrix<double> Vectors, double[] Values) Eigenpairs(Matrix<double> gram)
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

namespace Comet.VectorSearch.Cpu;

/// <summary>
/// Exact dot-product search on the CPU: SIMD, blocked for cache reuse, parallel over blocks of
/// queries (and over corpus ranges when there are few queries). Deterministic: the same inputs
/// give bit-identical scores and order for every thread count and register width.
/// </summary>
public sealed class CpuExactSearch : IVectorSearch
{
    private readonly BlockedSearch? _blocked;
    private readonly PairwiseDotSearch? _pairwise;

    public CpuExactSearch(VectorCorpus corpus, CpuSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new CpuSearchOptions();
        Threads = options.ResolveThreads();
        Dimensions = corpus.Dimensions;
        CorpusSize = corpus.Count;
        if (options.Kernel == CpuKernel.PairwiseDot)
        {
            _pairwise = new PairwiseDotSearch(corpus, Threads);
            BackendName = $"cpu-exact (TensorPrimitives.Dot per pair, {Threads} threads)";
        }
        else
        {
            var scorer = PanelScorers.For(options.Width);
            _blocked = new BlockedSearch(corpus, scorer, Threads);
            BackendName = $"cpu-exact (blocked {scorer.WidthName}, {Threads} threads)";
        }
    }

    public string BackendName { get; }

    public int Dimensions { get; }

    public int CorpusSize { get; }

    public int Threads { get; }

    public TopKResult TopK(ReadOnlyMemory<float> queries, int k)
    {
        var effectiveK = VectorValidation.EffectiveK(k, CorpusSize);
        var queryCount = VectorValidation.QueryCount(queries, Dimensions);
        return _blocked is not null
            ? _blocked.TopK(queries.Span, queryCount, effectiveK)
            : _pairwise!.TopK(queries, queryCount, effectiveK);
    }

    public ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries)
    {
        var queryCount = VectorValidation.QueryCount(queries, Dimensions);
        return _blocked is not null
            ? _blocked.FullMatrix(queries.Span, queryCount)
            : _pairwise!.FullMatrix(queries, queryCount);
    }

    /// <summary>Nothing to release: the CPU back-end holds only managed memory.</summary>
    public void Dispose()
    {
    }
}

using Cloud.Unum.USearch;
using Comet.VectorSearch.Cpu;

namespace Comet.VectorSearch.Hnsw;

/// <summary>
/// Approximate top-k through a USearch HNSW graph over the corpus (inner-product metric, float32).
/// Results are re-ordered by <see cref="NeighborOrder"/> and scores are recomputed exactly, so only
/// which neighbours are found is approximate. If the graph yields fewer than k keys (tiny
/// corpora), the missing slots hold index -1 and score negative infinity. <see cref="FullMatrix"/> has no approximate meaning
/// and is delegated to an exact CPU search.
/// </summary>
public sealed class HnswSearch : IVectorSearch
{
    private readonly USearchIndex _index;
    private readonly VectorCorpus _corpus;
    private readonly HnswSettings _settings;
    private readonly int _threads;
    private CpuExactSearch? _exact;

    public HnswSearch(VectorCorpus corpus, HnswSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _settings = settings ?? new HnswSettings();
        _settings.Validate();
        _corpus = corpus;
        _threads = _settings.MaxThreads ?? Environment.ProcessorCount;
        _index = new USearchIndex(
            MetricKind.Ip,
            ScalarKind.Float32,
            (ulong)corpus.Dimensions,
            (ulong)_settings.Connectivity,
            (ulong)_settings.ExpansionAdd,
            (ulong)_settings.ExpansionSearch);

        // The wrapper grows capacity itself; adding all keys in one call reserves once.
        var keys = new ulong[corpus.Count];
        var rows = new float[corpus.Count][];
        for (var i = 0; i < corpus.Count; i++)
        {
            keys[i] = (ulong)i;
            rows[i] = corpus.Row(i).ToArray();
        }

        _index.Add(keys, rows);
        BackendName = $"hnsw (usearch, M={_settings.Connectivity}, efAdd={_settings.ExpansionAdd}, ef={_settings.ExpansionSearch})";
    }

    public string BackendName { get; }

    public int Dimensions => _corpus.Dimensions;

    public int CorpusSize => _corpus.Count;

    public TopKResult TopK(ReadOnlyMemory<float> queries, int k)
    {
        var effectiveK = VectorValidation.EffectiveK(k, CorpusSize);
        var queryCount = VectorValidation.QueryCount(queries, Dimensions);
        var neighbors = new Neighbor[queryCount * effectiveK];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _threads };
        Parallel.For(0, queryCount, options, query =>
        {
            var vector = queries.Span.Slice(query * Dimensions, Dimensions).ToArray();
            var found = _index.Search(vector, effectiveK, out var keys, out _);
            var row = neighbors.AsSpan(query * effectiveK, effectiveK);
            for (var i = 0; i < row.Length; i++)
            {
                // USearch may return fewer than k on tiny graphs; pad with the empty marker.
                row[i] = i < found ? Exact(vector, (int)keys[i]) : new Neighbor(-1, float.NegativeInfinity);
            }

            row.Sort(NeighborOrder.Compare);
        });
        return new TopKResult(queryCount, effectiveK, neighbors);
    }

    public ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries)
    {
        _exact ??= new CpuExactSearch(_corpus, new CpuSearchOptions { MaxThreads = _threads });
        return _exact.FullMatrix(queries);
    }

    public void Dispose() => _index.Dispose();

    /// <summary>
    /// Recomputes the score instead of using 1 - distance, so HNSW scores equal the blocked CPU
    /// kernel's bit for bit and ties are broken on equal footing.
    /// </summary>
    private Neighbor Exact(float[] query, int index) => new(index, SequentialDot.Compute(query, _corpus.Row(index)));
}

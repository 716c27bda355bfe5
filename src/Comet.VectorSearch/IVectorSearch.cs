namespace Comet.VectorSearch;

/// <summary>
/// Scores queries against a corpus fixed at construction by dot product (= cosine similarity for
/// unit-length vectors). Queries are passed row-major: <c>n x Dimensions</c> floats.
/// </summary>
/// <remarks>
/// Implementations are safe to call from one thread at a time; construction is the expensive part
/// (packing, uploading or indexing the corpus), so build once and query many times.
/// </remarks>
public interface IVectorSearch : IDisposable
{
    /// <summary>A short human-readable name of the back-end, e.g. "cpu-exact (avx512, 2 threads)".</summary>
    string BackendName { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>Number of corpus rows.</summary>
    int CorpusSize { get; }

    /// <summary>
    /// For every query the best <c>min(k, CorpusSize)</c> corpus rows, best first: higher score
    /// first, equal scores by lower corpus index (<see cref="NeighborOrder"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The query length is not a multiple of
    /// <see cref="Dimensions"/> or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    TopKResult TopK(ReadOnlyMemory<float> queries, int k);

    /// <summary>All <c>n x CorpusSize</c> scores, row-major (one row per query).</summary>
    ScoreMatrix FullMatrix(ReadOnlyMemory<float> queries);
}

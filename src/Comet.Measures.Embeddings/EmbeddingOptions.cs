using Comet.Measures.Embeddings.Text;

namespace Comet.Measures.Embeddings;

/// <summary>
/// Settings of <see cref="EmbeddingMeasure"/>. Immutable; <c>new EmbeddingOptions()</c> is the
/// evaluated default (see docs/benchmarks.md "Embeddings" for the evidence).
/// </summary>
public sealed record EmbeddingOptions
{
    /// <summary>
    /// Folder of the on-disk vector cache. Default (null): <c>$COMET_CACHE/embeddings</c> when
    /// COMET_CACHE is set, else <c>~/.cache/comet/embeddings</c> (<see cref="CacheFolders"/>).
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>Read and write the disk cache. Default true; false encodes everything every time.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>How chunk scores become an artifact score. Default <see cref="ChunkAggregation.Max"/>.</summary>
    public ChunkAggregation Aggregation { get; init; } = ChunkAggregation.Max;

    /// <summary>k of <see cref="ChunkAggregation.TopKMean"/>. Default 3.</summary>
    public int TopK { get; init; } = 3;

    /// <summary>How artifacts are cut into chunks.</summary>
    public ChunkingOptions Chunking { get; init; } = new();

    /// <summary>
    /// Chunk pairs from which the exact vector search may run on a CUDA GPU (through
    /// Comet.VectorSearch's factory); below it the CPU back-end runs, because creating a GPU
    /// context and compiling kernels costs more than the CPU's whole job. Default 50 million.
    /// </summary>
    public long GpuMinimumPairs { get; init; } = 50_000_000;

    /// <summary>Receives one-line progress notes (cache folder, cache hits, encoding rate). Default none.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>
    /// Receives encoding progress as (chunks encoded, chunks to encode) of one <see cref="EmbeddingMeasure.Compute"/>:
    /// (0, n) before the first chunk is encoded, then after every slice of a few hundred; never called
    /// when every chunk comes from the cache. Called on the computing thread. Default none.
    /// </summary>
    public Action<int, int>? Progress { get; init; }

    /// <exception cref="ArgumentException">An invalid value.</exception>
    public void Validate()
    {
        if (TopK < 1)
        {
            throw new ArgumentException($"TopK must be at least 1 (was {TopK}).");
        }

        if (!Enum.IsDefined(Aggregation))
        {
            throw new ArgumentException($"Unknown aggregation {Aggregation}.");
        }

        ArgumentNullException.ThrowIfNull(Chunking);
        Chunking.Validate();
    }
}

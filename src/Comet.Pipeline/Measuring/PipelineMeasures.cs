using Comet.Measures;
using Comet.Measures.Embeddings;

namespace Comet.Pipeline.Measuring;

/// <summary>
/// The catalog a pipeline runs: the textual measures plus the two neural embeddings ("embedding",
/// "arctic"), which register with the run's settings. A pure factory: each <see cref="TracePipeline"/> owns the catalog it built.
/// </summary>
public static class PipelineMeasures
{
    /// <param name="embedding">Settings of the embedding measures (cache folder, progress); null = their defaults.</param>
    /// <param name="cacheFolder">Where textual measures keep what later runs may reuse (<see cref="PipelineOptions.CacheFolder"/>); null = nothing.</param>
    /// <param name="lsiWarmStart">See <see cref="PipelineOptions.LsiWarmStart"/>.</param>
    public static MeasureCatalog Catalog(EmbeddingOptions? embedding = null, string? cacheFolder = null, bool lsiWarmStart = false)
    {
        var options = embedding ?? new EmbeddingOptions();
        // The embedding's summary-line sink also carries the textual measures' cache lines (LSI's reuse).
        return MeasureCatalog.Textual(cacheFolder, options.Log, lsiWarmStart).WithEmbedding(options).WithArctic(options);
    }
}

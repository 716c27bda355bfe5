using Comet.Measures;
using Comet.Measures.Embeddings;

namespace Comet.Pipeline.Measuring;

/// <summary>
/// The catalog a pipeline runs: the textual measures plus the neural embedding, which registers
/// with the run's settings. A pure factory: each <see cref="TracePipeline"/> owns the catalog it built.
/// </summary>
public static class PipelineMeasures
{
    /// <param name="embedding">Settings of the embedding measure (cache folder, progress); null = its defaults.</param>
    public static MeasureCatalog Catalog(EmbeddingOptions? embedding = null) =>
        MeasureCatalog.Textual().WithEmbedding(embedding ?? new EmbeddingOptions());
}

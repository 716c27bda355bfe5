namespace Comet.Measures.Embeddings;

/// <summary>How the chunk-to-chunk cosines of two artifacts become one artifact score.</summary>
public enum ChunkAggregation
{
    /// <summary>The best-matching pair of chunks.</summary>
    Max,

    /// <summary>The average over all pairs of chunks.</summary>
    Mean,

    /// <summary>The average of the k best pairs (k = <see cref="EmbeddingOptions.TopK"/>; all pairs when fewer).</summary>
    TopKMean,
}

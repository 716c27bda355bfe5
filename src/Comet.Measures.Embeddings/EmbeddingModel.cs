using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings;

/// <summary>
/// Which neural model an <see cref="EmbeddingMeasure"/> runs, under which measure name, and what it
/// puts before the query side's texts. Sources (requirements) are the queries, targets (code,
/// documents) the passages: a retrieval-trained model reads the two sides differently.
/// </summary>
/// <param name="MeasureName">The name on the command line and in result tables.</param>
/// <param name="Encoder">The (shared) encoder; called when the measure first computes, so naming a model loads nothing (and the shared models load only when a text is not in the cache).</param>
/// <param name="QueryPrefix">Put before every source chunk, and so part of what is encoded and cached; empty for a symmetric model.</param>
internal sealed record EmbeddingModel(string MeasureName, Func<ITextEncoder> Encoder, string QueryPrefix)
{
    /// <summary>all-MiniLM-L6-v2: symmetric (trained on sentence pairs), so both sides are encoded as they are.</summary>
    public static EmbeddingModel MiniLm { get; } = new(EmbeddingMeasure.MeasureName, () => SharedMiniLm.Deferred, string.Empty);

    /// <summary>arctic-embed-xs: asymmetric, requirements are encoded as queries.</summary>
    public static EmbeddingModel ArcticXs { get; } = new(EmbeddingMeasure.ArcticMeasureName, () => SharedArcticXs.Deferred, ArcticXsEncoder.QueryPrefix);
}

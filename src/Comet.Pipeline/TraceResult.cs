using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Inference.Output;

namespace Comet.Pipeline;

/// <summary>The outcome of tracing one task: every measure's matrix, the model's posteriors (when a model ran) and the final ranking.</summary>
/// <param name="RankedBy">What ranks the links: a measure name, or "model hbn" / "model comet".</param>
/// <param name="Evidence">What the model observed (null without a model); kept so feedback can re-run inference alone.</param>
/// <param name="Posteriors">Per-link probabilities, uncertainty and explanations (null without a model).</param>
public sealed record TraceResult(
    TraceTask Task,
    IReadOnlyDictionary<string, SimilarityMatrix> Matrices,
    string RankedBy,
    RankedLinks Ranking,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    public LinkEvidence? Evidence { get; init; }

    public LinkPosteriors? Posteriors { get; init; }

    /// <summary>The artifacts' texts as tf-idf vectors, so the model can learn from answers through content.</summary>
    public ContentVectors? Content { get; init; }
}

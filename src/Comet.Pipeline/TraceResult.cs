using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;

namespace Comet.Pipeline;

/// <summary>The outcome of tracing one task: every measure's matrix and the final ranking.</summary>
public sealed record TraceResult(
    TraceTask Task,
    IReadOnlyDictionary<string, SimilarityMatrix> Matrices,
    string RankedBy,
    RankedLinks Ranking,
    IReadOnlyDictionary<string, TimeSpan> Timings);

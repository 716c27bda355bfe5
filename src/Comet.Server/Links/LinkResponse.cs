using Comet.Core.Links;
using Comet.Server.Scoring;

namespace Comet.Server.Links;

/// <summary>One link of a run. <see cref="Rank"/> is 1 for the most probable link of the run.</summary>
/// <param name="Score">The ranking measure's raw score.</param>
/// <param name="Feedback">The answer that set the probability, when one did.</param>
internal sealed record LinkResponse(
    string Source,
    string Target,
    int Rank,
    double Probability,
    LinkBucket Bucket,
    double Score,
    string? Feedback);

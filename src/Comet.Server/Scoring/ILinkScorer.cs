using Comet.Pipeline;

namespace Comet.Server.Scoring;

/// <summary>
/// Turns a pipeline result and the project's feedback into a probability per candidate link. The
/// interim implementation is <see cref="InterimZLogisticScorer"/>; the Bayesian model of
/// Comet.Inference (issue 5) takes its place through this interface and the project setting "model".
/// </summary>
internal interface ILinkScorer
{
    /// <summary>The value of the project setting "model" that selects this scorer.</summary>
    string Name { get; }

    /// <param name="feedback">Every answer of the project, oldest first (the full history, not only the latest).</param>
    ScoredRun Score(TraceResult result, IReadOnlyList<LinkFeedback> feedback, CancellationToken cancellation);
}

using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Pipeline;

namespace Comet.Server.Scoring;

/// <summary>
/// How a project's "model" setting turns the shared pipeline's result into stored probabilities. The
/// scorer says how the pipeline must run (<see cref="Pipeline"/>, <see cref="Answers"/>) and maps its
/// result to storage (<see cref="Score"/>); the model itself runs inside the pipeline, the same step
/// the command line runs.
/// </summary>
internal interface ILinkScorer
{
    /// <summary>The value of the project setting "model" that selects this scorer.</summary>
    string Name { get; }

    /// <summary>The pipeline's options for a run of this scorer over <paramref name="measures"/>.</summary>
    PipelineOptions Pipeline(IReadOnlyList<string> measures, TraceTask task);

    /// <summary>The project's answers as the model's evidence (empty for a scorer that applies them itself).</summary>
    IReadOnlyList<FeedbackAnswer> Answers(TraceTask task, IReadOnlyList<LinkFeedback> feedback);

    /// <param name="feedback">Each person's latest answer per link, oldest first (FeedbackStore.LatestAnswers).</param>
    ScoredRun Score(TraceResult result, IReadOnlyList<LinkFeedback> feedback, CancellationToken cancellation);
}

using System.Globalization;
using Comet.Core.Links;
using Comet.Core.Numerics;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Inference.Review;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;

namespace Comet.Server.Scoring;

/// <summary>
/// The hierarchical Bayesian link model as the service's scorer (the default). The model runs inside
/// the shared pipeline, the same step as `comet trace`: the run's measures, transitive evidence when the
/// project has intermediate artifacts (tests), and the project's answers, so an answer on one link also
/// teaches the links that resemble it. This class only says how firmly a person's answer counts and maps
/// the posteriors to storage. Answers about pairs that are no longer candidates (an artifact was
/// removed) stay in the history but are left out of the evidence.
/// </summary>
internal sealed class BayesianLinkScorer : ILinkScorer
{
    public const string ModelName = ModelNames.Hbn;

    public string Name => ModelName;

    public PipelineOptions Pipeline(IReadOnlyList<string> measures, TraceTask task) => new()
    {
        Measures = measures,
        Model = ModelName,
        Transitive = task.Intermediates.Count > 0,
        Inference = ModelDefaults.PeoplesAnswers, // a person's answers read as `comet trace` and `comet review` read them
    };

    public IReadOnlyList<FeedbackAnswer> Answers(TraceTask task, IReadOnlyList<LinkFeedback> feedback)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(feedback);
        // The feedback is already each person's latest answer per link (FeedbackStore.LatestAnswers).
        return feedback
            .Where(a => task.Sources.Contains(a.SourceId) && task.Targets.Contains(a.TargetId))
            .Select(ToAnswer)
            .ToArray();
    }

    public ScoredRun Score(TraceResult result, IReadOnlyList<LinkFeedback> feedback, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(feedback);
        var posteriors = result.Posteriors ?? throw new InvalidOperationException("the pipeline ran without the link model");
        var task = result.Task;
        var latest = new Dictionary<TraceLink, LinkFeedback>();
        foreach (var answer in feedback)
        {
            latest[new TraceLink(answer.SourceId, answer.TargetId)] = answer;
        }

        // Score and z: the first measure's, as the interim scorer stores them, so both read alike.
        var first = result.Matrices.First().Value; // the measures in the order the project lists them
        var spread = Spread.Of(first.Values);
        var review = ReviewMarkers.NeedsReview(posteriors);
        var links = new List<ProbableLink>(posteriors.Count);
        for (var i = 0; i < task.Sources.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            for (var j = 0; j < task.Targets.Count; j++)
            {
                var link = new TraceLink(task.Sources[i].Id, task.Targets[j].Id);
                var reason = latest.TryGetValue(link, out var answer)
                    ? $"{InterimZLogisticScorer.FeedbackText(answer)}; {LinkDetails.Explain(posteriors.Explain(i, j))}"
                    : null;
                var score = first[i, j];
                var z = spread.Sd > 0 ? (score - spread.Mean) / spread.Sd : 0;
                links.Add(new ProbableLink(
                    link.SourceId, link.TargetId, score, z, posteriors.LogOddsOf(i, j), posteriors.Probability(i, j), reason, review[(i * task.Targets.Count) + j]));
            }
        }

        links.Sort(ByLogOdds);
        var answers = result.Evidence?.Feedback.Count ?? 0;
        var learning = posteriors.Parameters.AnswerLearning is { } learned
            ? "; " + AnswerLearningText.Describe(learned, answers, result.Evidence!.Feedback.Count(a => a.SaysLink))
            : "";
        var paths = result.Evidence is { Chains.Count: > 0 } ? " and paths through intermediate artifacts" : "";
        var calibration = string.Create(CultureInfo.InvariantCulture,
            $"{ModelName}: hierarchical Bayesian link model over {string.Join(", ", result.Matrices.Keys)}{paths}, {answers} answers as evidence{learning}");
        return new ScoredRun(links, calibration, answers, LinkCountEstimate.Of(posteriors).ToString());
    }

    // Confirm, reject and likert mean what yes, no and 1-5 mean in `comet trace --answers` (AnswerScale).
    private static FeedbackAnswer ToAnswer(LinkFeedback answer) => AnswerScale.Level(answer.SourceId, answer.TargetId, answer.Level);

    // Log-odds first (probabilities can tie where log-odds do not); then the project's one tie-break rule.
    private static int ByLogOdds(ProbableLink x, ProbableLink y)
    {
        var byLogOdds = y.LogOdds!.Value.CompareTo(x.LogOdds!.Value);
        return byLogOdds != 0
            ? byLogOdds
            : LinkOrder.Instance.Compare(new ScoredLink(x.SourceId, x.TargetId, x.LogOdds.Value), new ScoredLink(y.SourceId, y.TargetId, y.LogOdds.Value));
    }
}

using System.Globalization;
using Comet.Core.Links;
using Comet.Inference;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;

namespace Comet.Server.Scoring;

/// <summary>
/// The hierarchical Bayesian link model (Comet.Inference) as the service's scorer: the run's measure
/// matrices and the project's whole feedback history go in as evidence, so an answer on one link also
/// updates the shared parameters and moves the others. Answers about pairs that are no longer
/// candidates (an artifact was removed) are kept in the history but left out of the evidence.
/// </summary>
/// <remarks><see cref="ProbableLink.Z"/> holds the posterior log-odds here, not a z-value.</remarks>
internal sealed class BayesianLinkScorer : ILinkScorer
{
    public const string ModelName = "hbn";

    // A confirm or reject is a deliberate verdict: the person knew (no coin flip); how often such a
    // verdict is wrong is the confusion matrix below.
    private const double VerdictConfidence = 1.0;

    /// <summary>
    /// A person answering in the service looked at the link on purpose, unlike the benchmarks'
    /// simulated developer (wrong a quarter of the time): a verdict is taken to be wrong about once in
    /// 1000, held firmly (strength 1000, so a few answers that disagree with the measures do not talk
    /// the model out of it). One rejection then moves its link by about -6.9 log-odds (answers are not
    /// tempered, see ModelPriors.OutputTempering), more than the measures' evidence on any benchmark
    /// link; two people who contradict each other still cancel out, and a Likert answer counts as
    /// much as its level says (4: "probably a link", about +1.1).
    /// </summary>
    internal static InferenceOptions Options { get; } = new()
    {
        Priors = ModelPriors.Default with
        {
            FeedbackSensitivity = BetaPrior.FromMeanAndStrength(0.999, 1000),
            FeedbackFalseAlarm = BetaPrior.FromMeanAndStrength(0.001, 1000),
        },
    };

    public string Name => ModelName;

    public ScoredRun Score(TraceResult result, IReadOnlyList<LinkFeedback> feedback, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(feedback);
        var task = result.Task;
        var answers = LatestPerAuthor(feedback)
            .Where(a => task.Sources.Contains(a.SourceId) && task.Targets.Contains(a.TargetId))
            .Select(ToAnswer)
            .ToArray();
        var evidence = new LinkEvidence([.. task.Sources.Ids], [.. task.Targets.Ids], result.Matrices) { Feedback = answers };
        cancellation.ThrowIfCancellationRequested();
        var posteriors = LinkInference.Infer(evidence, Options);

        var latest = new Dictionary<TraceLink, LinkFeedback>();
        foreach (var answer in feedback)
        {
            latest[new TraceLink(answer.SourceId, answer.TargetId)] = answer;
        }

        var links = new List<ProbableLink>(posteriors.Count);
        var scores = result.Ranking.ToDictionary(l => l.Link, l => l.Score);
        for (var i = 0; i < task.Sources.Count; i++)
        {
            for (var j = 0; j < task.Targets.Count; j++)
            {
                var link = new TraceLink(task.Sources[i].Id, task.Targets[j].Id);
                var reason = latest.TryGetValue(link, out var answer)
                    ? $"{InterimZLogisticScorer.FeedbackText(answer)}; {LinkDetails.Explain(posteriors.Explain(i, j))}"
                    : null;
                links.Add(new ProbableLink(link.SourceId, link.TargetId, scores[link], posteriors.LogOddsOf(i, j), posteriors.Probability(i, j), reason));
            }
        }

        links.Sort(ByLogOdds);
        var weights = string.Join(", ", result.Matrices.Keys);
        var refit = posteriors.Parameters.AnswerWeightPrecision is { } kappa
            ? string.Create(CultureInfo.InvariantCulture, $"; the answers refitted the measure weights (prior precision {kappa})")
            : "";
        var calibration = string.Create(CultureInfo.InvariantCulture,
            $"{ModelName}: hierarchical Bayesian link model over {weights}, {answers.Length} answers as evidence{refit}");
        return new ScoredRun(links, calibration, answers.Length);
    }

    /// <summary>
    /// A person's later answer about a link replaces their earlier one (they changed their mind or
    /// mended a slip); answers by different people stay separate votes. History comes oldest first.
    /// </summary>
    internal static IEnumerable<LinkFeedback> LatestPerAuthor(IReadOnlyList<LinkFeedback> feedback)
    {
        var latest = new Dictionary<(string Source, string Target, string Author), LinkFeedback>();
        foreach (var answer in feedback)
        {
            latest[(answer.SourceId, answer.TargetId, answer.Author)] = answer;
        }

        return feedback.Where(a => ReferenceEquals(latest[(a.SourceId, a.TargetId, a.Author)], a));
    }

    private static FeedbackAnswer ToAnswer(LinkFeedback answer) => answer.Verdict switch
    {
        FeedbackVerdict.Confirm => FeedbackAnswer.Confirm(answer.SourceId, answer.TargetId, VerdictConfidence),
        FeedbackVerdict.Reject => FeedbackAnswer.Reject(answer.SourceId, answer.TargetId, VerdictConfidence),
        _ => FeedbackAnswer.Likert(answer.SourceId, answer.TargetId, Math.Clamp(answer.Likert ?? 3, 1, 5)),
    };

    // Log-odds first (probabilities can tie where log-odds do not); then the project's one tie-break rule.
    private static int ByLogOdds(ProbableLink x, ProbableLink y)
    {
        var byLogOdds = y.Z.CompareTo(x.Z);
        return byLogOdds != 0
            ? byLogOdds
            : LinkOrder.Instance.Compare(new ScoredLink(x.SourceId, x.TargetId, x.Z), new ScoredLink(y.SourceId, y.TargetId, y.Z));
    }
}

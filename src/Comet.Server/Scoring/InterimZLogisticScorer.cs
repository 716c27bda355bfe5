using System.Globalization;
using Comet.Core.Links;
using Comet.Core.Numerics;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;

namespace Comet.Server.Scoring;

/// <summary>
/// Interim calibration until the Bayesian model (issue 5) lands: NOT a fitted model. Each link's
/// ranking score becomes a z-value within its run (mean and population standard deviation over every
/// candidate pair), and p = 1 / (1 + exp(-<see cref="Slope"/> (z - <see cref="Midpoint"/>))).
/// A link 1.5 standard deviations above the run's mean gets 0.5; about 1.9 gets 0.7 (probably linked).
/// </summary>
/// <remarks>
/// Feedback is applied crudely: the latest answer about a link replaces its probability (confirm 0.98,
/// reject 0.02, Likert 1-5 -> 0.02, 0.25, 0.5, 0.75, 0.98). The model will instead learn from the whole
/// history and let it move neighbouring links too.
/// </remarks>
internal sealed class InterimZLogisticScorer : ILinkScorer
{
    public const string ModelName = ModelNames.InterimZLogistic;
    public const double Slope = 2.0;
    public const double Midpoint = 1.5;

    public string Name => ModelName;

    /// <summary>No model: the first measure ranks, and answers replace probabilities afterwards.</summary>
    public PipelineOptions Pipeline(IReadOnlyList<string> measures, TraceTask task) => new() { Measures = measures, Model = ModelNames.None };

    public IReadOnlyList<FeedbackAnswer> Answers(TraceTask task, IReadOnlyList<LinkFeedback> feedback) => [];

    public static double Probability(double z) => 1.0 / (1.0 + Math.Exp(-Slope * (z - Midpoint)));

    // The model's reading of the answer (AnswerScale), kept off certainty: it becomes the link's shown probability.
    public static double FeedbackProbability(LinkFeedback answer) =>
        Math.Clamp(AnswerScale.StatedProbability(answer.Level), 0.02, 0.98);

    public ScoredRun Score(TraceResult result, IReadOnlyList<LinkFeedback> feedback, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(feedback);
        var latest = new Dictionary<TraceLink, LinkFeedback>();
        foreach (var answer in feedback)
        {
            latest[new TraceLink(answer.SourceId, answer.TargetId)] = answer; // oldest first: the last one wins
        }

        var spread = Spread.Of(result.Ranking.Select(l => l.Score).ToArray());
        var links = new List<ProbableLink>(result.Ranking.Count);
        var applied = 0;
        foreach (var link in result.Ranking)
        {
            cancellation.ThrowIfCancellationRequested();
            var z = spread.Sd > 0 ? (link.Score - spread.Mean) / spread.Sd : 0.0;
            var probability = Probability(z);
            string? reason = null;
            if (latest.TryGetValue(link.Link, out var answer))
            {
                probability = FeedbackProbability(answer);
                reason = FeedbackText(answer);
                applied++;
            }

            links.Add(new ProbableLink(link.SourceId, link.TargetId, link.Score, z, null, probability, reason));
        }

        links.Sort(ByProbability);
        var calibration = string.Create(
            CultureInfo.InvariantCulture,
            $"{ModelName}: p = 1/(1+exp(-{Slope}(z-{Midpoint}))), z over {links.Count} pairs of '{result.RankedBy}' (mean {spread.Mean:G6}, sd {spread.Sd:G6}); interim, not fitted");
        return new ScoredRun(links, calibration, applied);
    }

    internal static string FeedbackText(LinkFeedback answer) =>
        answer.Verdict == FeedbackVerdict.Likert
            ? string.Create(CultureInfo.InvariantCulture, $"likert {answer.Likert} by {answer.Author} (#{answer.Id})")
            : string.Create(CultureInfo.InvariantCulture, $"{answer.Verdict.ToString().ToLowerInvariant()} by {answer.Author} (#{answer.Id})");

    // Probability first; equal probabilities fall back to the project's one tie-break rule on the raw score.
    private static int ByProbability(ProbableLink x, ProbableLink y)
    {
        var byProbability = y.Probability.CompareTo(x.Probability);
        return byProbability != 0
            ? byProbability
            : LinkOrder.Instance.Compare(new ScoredLink(x.SourceId, x.TargetId, x.Score), new ScoredLink(y.SourceId, y.TargetId, y.Score));
    }
}

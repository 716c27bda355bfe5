using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Reporting.Results;
using Comet.Reporting.Results.Protocols;

namespace Comet.Pipeline.Protocols;

/// <summary>
/// Scores an answer set the way a user would feel it: only the pairs nobody answered count (an
/// answered pair's own answer is no achievement), and the sources nobody reviewed are scored apart.
/// One per task: the candidate space and the ranking without answers, which every answer set of the
/// task is compared with, are built once.
/// </summary>
internal sealed class ProtocolScoring(TraceTask task, LinkPosteriors prior)
{
    private readonly CandidateSpace _candidates = CandidateSpace.FromTask(task);
    private readonly RankedLinks _priorRanking = prior.ToRankedLinks();

    public ProtocolOutcome Score(string strategy, double errorRate, int seed, int budget, LinkPosteriors fitted, IReadOnlyCollection<TraceLink> answered)
    {
        var judged = answered as IReadOnlySet<TraceLink> ?? answered.ToHashSet();
        var reviewed = judged.Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
        // Ranked once for both scorings (a full sort of every pair).
        var ranking = ReferenceEquals(prior, fitted) ? null : fitted.ToRankedLinks();
        var unseen = Change(ranking, l => !judged.Contains(l)).Ap;
        var unreviewed = task.Gold.Links.Any(l => !reviewed.Contains(l.SourceId))
            ? Change(ranking, l => !reviewed.Contains(l.SourceId))
            : ((double Ap, double Map)?)null;
        var (ece, skill) = Calibration(fitted, judged);
        var priorSkill = ReferenceEquals(prior, fitted) ? skill : Calibration(prior, judged).Skill;
        return new ProtocolOutcome(task.Id, strategy, errorRate, seed, budget, judged.Count, unseen, unreviewed?.Ap, unreviewed?.Map, ece, skill, priorSkill, LinkCountEstimate.Of(fitted).Expected, task.Gold.Count);
    }

    /// <summary>
    /// AP over the kept pairs ranked together, and MAP over their sources' own rankings: with the answers minus
    /// without (0 for the model without answers, <paramref name="ranking"/> null).
    /// </summary>
    private (double Ap, double Map) Change(RankedLinks? ranking, Func<TraceLink, bool> kept)
    {
        if (ranking is null)
        {
            return (0, 0);
        }

        var after = Evaluator.EvaluateWhere(ranking, task.Gold, kept, _candidates);
        var before = Evaluator.EvaluateWhere(_priorRanking, task.Gold, kept, _candidates);
        return (after.AveragePrecision - before.AveragePrecision, after.MeanAveragePrecision - before.MeanAveragePrecision);
    }

    /// <summary>
    /// ECE (ten equal-width bins) and Brier skill over the unanswered pairs; a skill the pairs cannot
    /// define (no link, or nothing but links, left unanswered) reads 0, no better than the link rate.
    /// </summary>
    private (double Ece, double Skill) Calibration(LinkPosteriors posteriors, IReadOnlySet<TraceLink> judged)
    {
        var pairs = new List<(double Probability, bool IsLink)>(posteriors.Count);
        var self = SelfPairs.Columns(posteriors.SourceIds, posteriors.TargetIds);
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            for (var t = 0; t < posteriors.TargetIds.Count; t++)
            {
                var (source, target) = (posteriors.SourceIds[s], posteriors.TargetIds[t]);
                if (t != self[s] && !judged.Contains(new TraceLink(source, target)))
                {
                    pairs.Add((posteriors.Probability(s, t), task.Gold.Contains(source, target)));
                }
            }
        }

        if (pairs.Count == 0)
        {
            return (0, 0);
        }

        var skill = ProbabilityScore.Compute(pairs).BrierSkill;
        return (ReliabilityBin.ExpectedCalibrationError(ReliabilityBin.Compute(pairs)), double.IsNaN(skill) ? 0 : skill);
    }
}

using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Reporting.Results.Protocols;

namespace Comet.Pipeline.Protocols;

/// <summary>
/// Scores an answer set the way a user would feel it: only the pairs nobody answered count (an
/// answered pair's own answer is no achievement), and the sources nobody reviewed are scored apart.
/// </summary>
internal static class ProtocolScoring
{
    private const int Bins = 10;

    public static ProtocolOutcome Score(
        TraceTask task, string strategy, double errorRate, int seed, int budget, LinkPosteriors prior, LinkPosteriors fitted, IReadOnlyCollection<TraceLink> answered)
    {
        var judged = answered as IReadOnlySet<TraceLink> ?? answered.ToHashSet();
        var reviewed = judged.Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
        var candidates = CandidateSpace.FromTask(task);
        var unseen = ApChange(prior, fitted, task.Gold, candidates, l => !judged.Contains(l));
        var unreviewed = task.Gold.Links.Any(l => !reviewed.Contains(l.SourceId))
            ? ApChange(prior, fitted, task.Gold, candidates, l => !reviewed.Contains(l.SourceId))
            : (double?)null;
        var (ece, skill) = Calibration(fitted, task.Gold, judged);
        var priorSkill = ReferenceEquals(prior, fitted) ? skill : Calibration(prior, task.Gold, judged).Skill;
        return new ProtocolOutcome(task.Id, strategy, errorRate, seed, budget, judged.Count, unseen, unreviewed, ece, skill, priorSkill, LinkCountEstimate.Of(fitted).Expected, task.Gold.Count);
    }

    private static double ApChange(LinkPosteriors prior, LinkPosteriors fitted, GoldStandard gold, CandidateSpace candidates, Func<TraceLink, bool> kept)
    {
        var keptGold = new GoldStandard(gold.Links.Where(kept));
        double Ap(LinkPosteriors p) => Evaluator.Evaluate(new RankedLinks(p.ToRankedLinks().Where(l => kept(l.Link))), keptGold, candidates).AveragePrecision;
        return ReferenceEquals(prior, fitted) ? 0 : Ap(fitted) - Ap(prior);
    }

    /// <summary>ECE over equal-width bins and Brier skill against the unanswered pairs' own link rate.</summary>
    private static (double Ece, double Skill) Calibration(LinkPosteriors posteriors, GoldStandard gold, IReadOnlySet<TraceLink> judged)
    {
        var predicted = new double[Bins];
        var observed = new double[Bins];
        double brier = 0, n = 0, links = 0;
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            for (var t = 0; t < posteriors.TargetIds.Count; t++)
            {
                var source = posteriors.SourceIds[s];
                var target = posteriors.TargetIds[t];
                if (judged.Contains(new TraceLink(source, target)))
                {
                    continue;
                }

                var p = posteriors.Probability(s, t);
                var y = gold.Contains(source, target) ? 1.0 : 0.0;
                var bin = Math.Min(Bins - 1, (int)(p * Bins));
                predicted[bin] += p;
                observed[bin] += y;
                brier += (p - y) * (p - y);
                links += y;
                n++;
            }
        }

        if (n == 0)
        {
            return (0, 0);
        }

        var rate = links / n;
        var reference = rate * (1 - rate);
        var ece = Enumerable.Range(0, Bins).Sum(b => Math.Abs(predicted[b] - observed[b])) / n;
        return (ece, reference > 0 ? 1 - (brier / n / reference) : 0);
    }
}

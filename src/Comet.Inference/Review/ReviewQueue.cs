using Comet.Inference.Output;

namespace Comet.Inference.Review;

/// <summary>One pair the model asks a reviewer about, with why it was chosen.</summary>
/// <param name="Information">Expected information of the answer in bits (the binary entropy of p).</param>
public sealed record ReviewQuestion(string SourceId, string TargetId, double Probability, double Information, int RankInSource);

/// <summary>An unanswered pair that may be asked: its probability and its rank among its source's candidates.</summary>
public sealed record ReviewCandidate(string SourceId, string TargetId, double Probability, int RankInSource);

/// <summary>
/// Which unanswered pairs a reviewer should look at next: those whose answer is expected to tell the
/// model most. The expected information of one yes/no answer is the entropy of the pair's
/// probability, so pairs near 0.5 come first; on a new project, where no probability reaches 0.5, these
/// are each source's best candidates, the answers that fix how many links the project has. At most
/// <see cref="PerSource"/> questions go to one source per batch, so a batch spreads over sources (answers
/// all about one requirement teach the learner its rate, little about the rest).
/// </summary>
public static class ReviewQueue
{
    public const int PerSource = 1;

    /// <summary>The next questions over the model's posteriors.</summary>
    /// <param name="answered">Pairs that already have an answer (source id, target id): never asked again.</param>
    public static IReadOnlyList<ReviewQuestion> Next(LinkPosteriors posteriors, int count, ISet<(string Source, string Target)> answered)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        ArgumentNullException.ThrowIfNull(answered);
        var candidates = new List<ReviewCandidate>();
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            var ranked = Enumerable.Range(0, posteriors.TargetIds.Count).OrderByDescending(t => posteriors.LogOddsOf(s, t)).ThenBy(t => t).ToArray();
            for (var r = 0; r < ranked.Length; r++)
            {
                var t = ranked[r];
                if (!answered.Contains((posteriors.SourceIds[s], posteriors.TargetIds[t])))
                {
                    candidates.Add(new ReviewCandidate(posteriors.SourceIds[s], posteriors.TargetIds[t], posteriors.Probability(s, t), r + 1));
                }
            }
        }

        return Next(candidates, count);
    }

    /// <summary>The next <paramref name="count"/> questions among unanswered candidates (e.g. a stored run's links).</summary>
    public static IReadOnlyList<ReviewQuestion> Next(IEnumerable<ReviewCandidate> candidates, int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // Rounds: the most informative question of each source, then the second of each, and so on,
        // each round ordered by information; so a batch covers many sources before any gets two.
        return candidates
            .Select(c => new ReviewQuestion(c.SourceId, c.TargetId, c.Probability, Entropy(c.Probability), c.RankInSource))
            .GroupBy(q => q.SourceId, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(q => q.Information).ThenBy(q => q.RankInSource).Select((q, i) => (q, Round: i / PerSource)))
            .OrderBy(x => x.Round).ThenByDescending(x => x.q.Information).ThenBy(x => x.q.SourceId, StringComparer.Ordinal).ThenBy(x => x.q.TargetId, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.q)
            .ToList();
    }

    /// <summary>Binary entropy in bits; 0 at p = 0 or 1.</summary>
    public static double Entropy(double p) =>
        p <= 0 || p >= 1 || double.IsNaN(p) ? 0 : -((p * Math.Log2(p)) + ((1 - p) * Math.Log2(1 - p)));
}

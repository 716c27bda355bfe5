using Comet.Inference.Output;

namespace Comet.Inference.Review;

/// <summary>
/// The "needs review" marker: which pairs are a source's best candidate while the model cannot yet say
/// how many links the project has. Without answers the probabilities rank well but their level is the
/// prior's guess: pooled over the benchmark projects, a source's best candidate is a true link about
/// half the time while its probability reads .1-.2 (docs/benchmarks.md, "Buckets without answers").
/// Calling it "probably not" would claim what the model cannot know, so it reads "needs review" until
/// answers teach the link count (the answer learner chose more than the prior).
/// </summary>
public static class ReviewMarkers
{
    /// <summary>
    /// A best candidate is marked only when its probability is at least this many times the project's
    /// mean: a requirement that shares nothing with any artifact (its best pair no likelier than a
    /// typical one) stays "probably not", a gap the gate may act on.
    /// </summary>
    public const double MinimumLift = 2.0;

    /// <summary>True when answers have taught the model how many links there are, so its probabilities can be read as they are.</summary>
    public static bool CountIsKnown(LinkPosteriors posteriors)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        return posteriors.Parameters.AnswerLearning is { LearnedCount: true };
    }

    /// <summary>Row-major flags: the pairs to show as "needs review" where their probability alone would say "probably not".</summary>
    public static bool[] NeedsReview(LinkPosteriors posteriors)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        var marked = new bool[posteriors.Count];
        if (CountIsKnown(posteriors) || posteriors.Count == 0)
        {
            return marked;
        }

        var mean = LinkCountEstimate.Of(posteriors).Expected / posteriors.Count;
        var targets = posteriors.TargetIds.Count;
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            var best = 0;
            for (var t = 1; t < targets; t++)
            {
                best = posteriors.LogOddsOf(s, t) > posteriors.LogOddsOf(s, best) ? t : best;
            }

            if (targets > 0 && posteriors.Probability(s, best) >= MinimumLift * mean)
            {
                marked[(s * targets) + best] = true;
            }
        }

        return marked;
    }
}

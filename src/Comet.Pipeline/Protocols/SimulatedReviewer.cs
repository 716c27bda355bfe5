using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Inference.Output;

namespace Comet.Pipeline.Protocols;

/// <summary>
/// Answers from the gold standard, a share of them wrong. Whether a pair's answer is wrong depends on
/// the seed and the pair only, so the same pair gets the same answer under every strategy and budget:
/// strategies differ in what is asked, never in the reviewer's luck. Answers state
/// <paramref name="confidence"/> (the feedback protocol's 0.9, or 1 for verdicts). For benchmarks
/// only: it reads the gold standard.
/// </summary>
internal sealed class SimulatedReviewer(TraceTask task, int seed, double errorRate, double confidence)
{
    public FeedbackAnswer Answer(string source, string target)
    {
        var truth = task.Gold.Contains(source, target);
        var wrong = errorRate > 0 && new Random(StableHash($"{seed}\u0001{source}\u0001{target}")).NextDouble() < errorRate;
        return new FeedbackAnswer(source, target, truth != wrong ? confidence : 1 - confidence);
    }

    /// <summary>Every pair in a seeded random order.</summary>
    public static (string Source, string Target)[] RandomOrder(TraceTask task, int seed)
    {
        var pairs = task.Sources.Ids.SelectMany(s => task.Targets.Ids.Select(t => (s, t))).ToArray();
        new Random(seed).Shuffle(pairs);
        return pairs;
    }

    /// <summary>Sources in a seeded random order, each one's <paramref name="depth"/> best candidates under the model without answers.</summary>
    public static (string Source, string Target)[] ReviewOrder(LinkPosteriors prior, int seed, int depth)
    {
        var sources = Enumerable.Range(0, prior.SourceIds.Count).ToArray();
        new Random(seed).Shuffle(sources);
        return sources.SelectMany(s => Enumerable.Range(0, prior.TargetIds.Count)
                .OrderByDescending(t => prior.LogOddsOf(s, t)).ThenBy(t => t).Take(depth)
                .Select(t => (prior.SourceIds[s], prior.TargetIds[t])))
            .ToArray();
    }

    // string.GetHashCode and HashCode.Combine are randomised per process; the flips must not be (FNV-1a).
    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}

using Comet.Core.Links;
using Comet.Inference.Evidence;

namespace Comet.Benchmarks.Inference;

/// <summary>docs/evaluation.md protocol: 10% of pairs (seeded), confidence 0.9 toward the truth, 25% of answers flipped.</summary>
internal static class FeedbackSimulation
{
    public static FeedbackAnswer[] Simulate(LinkEvidence evidence, GoldStandard gold, int seed = 42, double share = 0.1, double flipped = 0.25)
    {
        var random = new Random(seed);
        var answers = new List<FeedbackAnswer>();
        foreach (var s in evidence.SourceIds)
        {
            foreach (var t in evidence.TargetIds)
            {
                if (random.NextDouble() >= share)
                {
                    continue;
                }

                var truth = gold.Contains(s, t);
                var says = random.NextDouble() < flipped ? !truth : truth;
                answers.Add(says ? FeedbackAnswer.Confirm(s, t, 0.9) : FeedbackAnswer.Reject(s, t, 0.9));
            }
        }

        return [.. answers];
    }
}

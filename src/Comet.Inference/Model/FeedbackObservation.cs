using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Inference.Evidence;

namespace Comet.Inference.Model;

/// <summary>One answer a_i resolved to its pair: direction and strength (P(informed)).</summary>
internal readonly record struct FeedbackObservation(int Pair, bool SaysLink, double Strength)
{
    /// <summary>Answers with no information (stated probability 0.5) are dropped; unknown ids are input errors.</summary>
    public static FeedbackObservation[] Resolve(LinkEvidence evidence)
    {
        if (evidence.Feedback.Count == 0)
        {
            return [];
        }

        var sources = IdPositions.Of(evidence.SourceIds, "The evidence");
        var targets = IdPositions.Of(evidence.TargetIds, "The evidence");
        var result = new List<FeedbackObservation>(evidence.Feedback.Count);
        foreach (var answer in evidence.Feedback)
        {
            if (!sources.TryGetValue(answer.SourceId, out var s) || !targets.TryGetValue(answer.TargetId, out var t))
            {
                throw new CometInputException($"feedback names an unknown link {answer.SourceId} -> {answer.TargetId}");
            }

            if (answer.Strength > 0)
            {
                result.Add(new((s * evidence.TargetCount) + t, answer.SaysLink, answer.Strength));
            }
        }

        return [.. result];
    }
}

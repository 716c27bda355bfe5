using Comet.Core.Links;

namespace Comet.Inference.Tests;

/// <summary>Scoring on the pairs that got no feedback, so a gain is not just the answers themselves.</summary>
internal static class UnseenPairs
{
    /// <summary>Global AP over the pairs without feedback (ties by LinkOrder through the ranking).</summary>
    public static double AveragePrecision(Output.LinkPosteriors posteriors, bool[] links, HashSet<TraceLink> judged)
    {
        var linkSet = new HashSet<TraceLink>();
        for (var i = 0; i < links.Length; i++)
        {
            if (links[i])
            {
                linkSet.Add(new TraceLink(posteriors.SourceIds[i / posteriors.TargetIds.Count], posteriors.TargetIds[i % posteriors.TargetIds.Count]));
            }
        }

        var relevant = linkSet.Count(l => !judged.Contains(l));
        double hits = 0, sum = 0;
        var rank = 0;
        foreach (var link in posteriors.ToRankedLinks().Where(l => !judged.Contains(l.Link)))
        {
            rank++;
            if (linkSet.Contains(link.Link))
            {
                hits++;
                sum += hits / rank;
            }
        }

        return sum / relevant;
    }
}

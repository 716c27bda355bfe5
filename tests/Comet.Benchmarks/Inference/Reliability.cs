using System.Globalization;
using Comet.Core.Links;
using Comet.Inference.Output;

namespace Comet.Benchmarks.Inference;

/// <summary>Reliability bins of posterior probabilities against gold: predicted vs observed link frequency.</summary>
internal static class Reliability
{
    public static string Describe(LinkPosteriors posteriors, GoldStandard gold, int bins = 10)
    {
        var count = new int[bins];
        var predicted = new double[bins];
        var observed = new double[bins];
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            for (var t = 0; t < posteriors.TargetIds.Count; t++)
            {
                var p = posteriors.Probability(s, t);
                var b = Math.Min(bins - 1, (int)(p * bins));
                count[b]++;
                predicted[b] += p;
                observed[b] += gold.Contains(posteriors.SourceIds[s], posteriors.TargetIds[t]) ? 1 : 0;
            }
        }

        var total = count.Sum();
        var ece = 0.0;
        var parts = new List<string>();
        for (var b = 0; b < bins; b++)
        {
            if (count[b] == 0)
            {
                continue;
            }

            ece += Math.Abs(predicted[b] - observed[b]) / total;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"[{b / (double)bins:0.0}:{count[b]} {predicted[b] / count[b]:0.00}/{observed[b] / count[b]:0.00}]"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"ECE {ece:0.000} ") + string.Join(" ", parts);
    }
}

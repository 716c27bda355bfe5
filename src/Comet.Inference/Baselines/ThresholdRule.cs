namespace Comet.Inference.Baselines;

/// <summary>COMET's per-measure binarisation rules (docs/comet-model.md), computed over all pairs of one measure.</summary>
public enum ThresholdRule
{
    Median,
    Mean,

    /// <summary>Midpoint of the minimum and maximum score.</summary>
    MinMax,

    /// <summary>The K-th largest score, K = 6 x |sources| ("about 6 links per source").</summary>
    LinkEstimate,
}

/// <summary>Threshold values and COMET's default rule per measure name.</summary>
public static class ThresholdRules
{
    /// <summary>
    /// COMET's table: VSM, LSI -> link_est; JS, LDA -> min-max; NMF -> median. The paper gives
    /// "link_est / min-max" for its combined measures: we use link_est when VSM is part of the
    /// combination, min-max otherwise. Measures COMET did not have (bm25, embeddings) use link_est.
    /// </summary>
    public static ThresholdRule DefaultFor(string measure)
    {
        var name = measure.ToLowerInvariant();
        if (name.Contains('+', StringComparison.Ordinal))
        {
            return name.Contains("vsm", StringComparison.Ordinal) ? ThresholdRule.LinkEstimate : ThresholdRule.MinMax;
        }

        return name switch
        {
            "js" or "lda" => ThresholdRule.MinMax,
            "nmf" => ThresholdRule.Median,
            _ => ThresholdRule.LinkEstimate,
        };
    }

    public static double Threshold(ThresholdRule rule, ReadOnlySpan<double> scores, int sources)
    {
        switch (rule)
        {
            case ThresholdRule.Mean:
                var sum = 0.0;
                foreach (var s in scores)
                {
                    sum += s;
                }

                return sum / scores.Length;
            case ThresholdRule.MinMax:
                var min = double.PositiveInfinity;
                var max = double.NegativeInfinity;
                foreach (var s in scores)
                {
                    min = Math.Min(min, s);
                    max = Math.Max(max, s);
                }

                return (min + max) / 2;
            default:
                var sorted = scores.ToArray();
                Array.Sort(sorted);
                if (rule == ThresholdRule.Median)
                {
                    var mid = sorted.Length / 2;
                    return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
                }

                var k = Math.Clamp(6 * sources, 1, sorted.Length);
                return sorted[^k];
        }
    }
}

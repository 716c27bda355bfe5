using Comet.Core.Links;

namespace Comet.Reporting.Html.Evaluation;

/// <summary>
/// The precision-recall curve of one global ranking: one point (recall, precision) at each rank that
/// holds a gold link, which is where the curve changes and what AP averages over. Recall divides by
/// all gold links, so a run that never ranks some of them ends below recall 1 (as AP counts them).
/// </summary>
public sealed record PrecisionRecallCurve(IReadOnlyList<double> Recall, IReadOnlyList<double> Precision)
{
    public static PrecisionRecallCurve Compute(RankedLinks ranking, GoldStandard gold)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(gold);
        var recall = new List<double>();
        var precision = new List<double>();
        if (gold.Count == 0)
        {
            return new PrecisionRecallCurve(recall, precision);
        }

        var hits = 0;
        for (var rank = 0; rank < ranking.Count; rank++)
        {
            if (gold.Contains(ranking[rank].SourceId, ranking[rank].TargetId))
            {
                hits++;
                recall.Add(hits / (double)gold.Count);
                precision.Add(hits / (double)(rank + 1));
            }
        }

        return new PrecisionRecallCurve(recall, precision);
    }

    /// <summary>At most <paramref name="points"/> points, evenly spread over the curve (the plot needs no more).</summary>
    public PrecisionRecallCurve Thin(int points)
    {
        if (Recall.Count <= points || points < 2)
        {
            return this;
        }

        var keep = Enumerable.Range(0, points).Select(i => (int)Math.Round(i * (Recall.Count - 1) / (double)(points - 1))).Distinct().ToArray();
        return new PrecisionRecallCurve([.. keep.Select(i => Recall[i])], [.. keep.Select(i => Precision[i])]);
    }
}

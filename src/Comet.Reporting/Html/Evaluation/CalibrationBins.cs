using Comet.Core.Links;
using Comet.Reporting.Html.Building;

namespace Comet.Reporting.Html.Evaluation;

/// <summary>One calibration bin: pairs whose predicted level fell in [Lower, Upper).</summary>
/// <param name="MeanPredicted">Mean predicted level of the bin's pairs.</param>
/// <param name="ObservedFrequency">Share of the bin's pairs that are gold links.</param>
/// <param name="Count">Pairs in the bin.</param>
public readonly record struct CalibrationBin(double Lower, double Upper, double MeanPredicted, double ObservedFrequency, int Count);

/// <summary>
/// Reliability diagram data: predicted level against how often pairs at that level are gold links,
/// in equal-width bins over 0..1 (the last bin includes 1). Raw similarity scores are min-max scaled
/// first and are then an ordering, not probabilities; <see cref="Scaled"/> records which it was.
/// Empty bins are left out; pairs with a NaN score are not counted.
/// </summary>
public sealed record CalibrationBins(IReadOnlyList<CalibrationBin> Bins, bool Scaled)
{
    public const int DefaultBinCount = 10;

    public static CalibrationBins Compute(RankedLinks ranking, GoldStandard gold, bool scoresAreProbabilities, int binCount = DefaultBinCount)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var scale = scoresAreProbabilities ? new MinMaxScale(0, 1) : MinMaxScale.Fit(ranking.Select(l => l.Score));
        var count = new int[binCount];
        var linked = new int[binCount];
        var sum = new double[binCount];
        foreach (var link in ranking)
        {
            var level = scale.Apply(link.Score);
            if (double.IsNaN(level))
            {
                continue;
            }

            var bin = Math.Min((int)(level * binCount), binCount - 1);
            count[bin]++;
            sum[bin] += level;
            linked[bin] += gold.Contains(link.SourceId, link.TargetId) ? 1 : 0;
        }

        var bins = Enumerable.Range(0, binCount)
            .Where(b => count[b] > 0)
            .Select(b => new CalibrationBin(b / (double)binCount, (b + 1) / (double)binCount, sum[b] / count[b], linked[b] / (double)count[b], count[b]))
            .ToArray();
        return new CalibrationBins(bins, !scoresAreProbabilities);
    }
}

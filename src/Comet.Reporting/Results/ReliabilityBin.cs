namespace Comet.Reporting.Results;

/// <summary>
/// One bin of a reliability table: the pairs whose predicted probability falls in [Lower, Upper),
/// their mean prediction and how often they are really links. A calibrated model has
/// MeanPredicted close to ObservedFrequency in every bin.
/// </summary>
public sealed record ReliabilityBin(double Lower, double Upper, int Pairs, double MeanPredicted, double ObservedFrequency)
{
    /// <summary>Ten equal-width bins over [0, 1]; the last bin includes 1.</summary>
    public static IReadOnlyList<ReliabilityBin> Compute(IEnumerable<(double Probability, bool IsLink)> pairs, int bins = 10)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var count = new int[bins];
        var predicted = new double[bins];
        var observed = new double[bins];
        foreach (var (p, isLink) in pairs)
        {
            var b = Math.Clamp((int)(p * bins), 0, bins - 1);
            count[b]++;
            predicted[b] += p;
            observed[b] += isLink ? 1 : 0;
        }

        return [.. Enumerable.Range(0, bins).Select(b => new ReliabilityBin(
            (double)b / bins, (double)(b + 1) / bins, count[b],
            count[b] == 0 ? double.NaN : predicted[b] / count[b],
            count[b] == 0 ? double.NaN : observed[b] / count[b]))];
    }

    /// <summary>Expected calibration error: the pair-weighted mean |predicted - observed| over the bins.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ReliabilityBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var total = bins.Sum(b => b.Pairs);
        return total == 0 ? double.NaN : bins.Where(b => b.Pairs > 0).Sum(b => b.Pairs * Math.Abs(b.MeanPredicted - b.ObservedFrequency)) / total;
    }
}

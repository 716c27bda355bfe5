namespace Comet.Reporting.Html.Building;

/// <summary>
/// Maps scores linearly onto 0..1 (lowest finite score 0, highest 1). It keeps the order and nothing
/// else: a scaled score is not a probability, and the report labels it as such. When all scores are
/// equal every finite score maps to 0; NaN and infinities stay NaN.
/// </summary>
public readonly record struct MinMaxScale(double Min, double Max)
{
    public static MinMaxScale Fit(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in scores)
        {
            if (double.IsFinite(s))
            {
                min = Math.Min(min, s);
                max = Math.Max(max, s);
            }
        }

        return min > max ? new MinMaxScale(0, 0) : new MinMaxScale(min, max);
    }

    public double Apply(double score) =>
        !double.IsFinite(score) ? double.NaN
        : Max > Min ? Math.Clamp((score - Min) / (Max - Min), 0, 1)
        : 0;
}

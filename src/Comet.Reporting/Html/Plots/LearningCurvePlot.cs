using Comet.Reporting.Results.Protocols;
using ScottPlot;

namespace Comet.Reporting.Html.Plots;

/// <summary>
/// Learning curves of the answer protocols: a measure of the unanswered pairs (AP change, ECE) against
/// the number of answers, one line per strategy, one plot per error rate. The first point of every
/// line is the model without answers.
/// </summary>
public static class LearningCurvePlot
{
    public static string Svg(IReadOnlyList<ProtocolSummary> rows, double errorRate, bool calibration, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var what = calibration ? "ECE of unanswered pairs" : "AP change on unanswered pairs";
        var plot = PlotSvg.NewPlot($"{what}, {errorRate.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)} of answers wrong", "Answers", calibration ? "ECE (lower is better)" : "Mean unseen-AP change");
        var strategies = rows.Where(r => r.ErrorRate == errorRate).GroupBy(r => r.Strategy, StringComparer.Ordinal).ToArray();
        var low = double.MaxValue;
        var high = double.MinValue;
        for (var i = 0; i < strategies.Length; i++)
        {
            var points = strategies[i].OrderBy(r => r.Budget).ToArray();
            var ys = points.Select(r => calibration ? r.Ece : r.UnseenApChange).ToArray();
            var line = plot.Add.Scatter(points.Select(r => (double)r.Budget).ToArray(), ys, RunPalette.For(i, isReference: false));
            line.LegendText = strategies[i].Key;
            line.MarkerSize = 7;
            line.LineWidth = 2;
            if (!calibration)
            {
                // The 95% interval over tasks, as whiskers: a curve inside its neighbour's whiskers is no win.
                // Each strategy's whiskers a little to the side, so three intervals at one budget stay apart.
                var shift = (i - ((strategies.Length - 1) / 2.0)) * 0.012 * rows.Max(x => x.Budget);
                foreach (var r in points.Where(r => r.Budget > 0))
                {
                    var whisker = plot.Add.Line(r.Budget + shift, r.IntervalLow, r.Budget + shift, r.IntervalHigh);
                    whisker.LineColor = RunPalette.For(i, isReference: false).WithAlpha(0.5);
                    low = Math.Min(low, r.IntervalLow);
                    high = Math.Max(high, r.IntervalHigh);
                }
            }

            low = Math.Min(low, ys.Min());
            high = Math.Max(high, ys.Max());
        }

        var maxBudget = rows.Select(r => r.Budget).DefaultIfEmpty(1).Max();
        var pad = Math.Max(1e-3, (high - low) * 0.1);
        plot.Axes.SetLimits(-maxBudget * 0.03, maxBudget * 1.05, Math.Min(0, low) - pad, Math.Max(0, high) + pad);
        plot.ShowLegend(Alignment.UpperLeft);
        return PlotSvg.Render(plot, idPrefix, $"{what} against the number of answers, per strategy, {errorRate.ToString("0%", System.Globalization.CultureInfo.InvariantCulture)} of answers wrong");
    }
}

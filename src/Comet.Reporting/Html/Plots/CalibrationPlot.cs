using Comet.Core.Links;
using Comet.Reporting.Html.Evaluation;
using Comet.Reporting.Html.Model;
using ScottPlot;

namespace Comet.Reporting.Html.Plots;

/// <summary>
/// Reliability diagram: predicted level per bin against the observed share of gold links, with the
/// diagonal of perfect calibration. Raw scores are min-max scaled, and the axis says so.
/// </summary>
public static class CalibrationPlot
{
    public static string Svg(string taskId, IReadOnlyList<EvaluatedRun> runs, GoldStandard gold, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var anyScaled = runs.Any(r => !r.ScoresAreProbabilities);
        var xLabel = anyScaled ? "Predicted (min-max scaled score, not a probability)" : "Predicted probability";
        var plot = PlotSvg.NewPlot($"Calibration: {taskId}", xLabel, "Observed link frequency");
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = Colors.Gray.WithAlpha(0.6);
        diagonal.LegendText = "perfect calibration";
        for (var i = 0; i < runs.Count; i++)
        {
            var bins = CalibrationBins.Compute(runs[i].Ranking, gold, runs[i].ScoresAreProbabilities).Bins;
            if (bins.Count == 0)
            {
                continue;
            }

            var series = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.ObservedFrequency).ToArray(), RunPalette.For(i, runs[i].Kind == RunKind.Reference));
            series.LegendText = runs[i].Name + (runs[i].ScoresAreProbabilities ? string.Empty : " (scaled)");
            series.MarkerSize = 7;
            series.LineWidth = runs[i].Kind == RunKind.Reference ? 2.5f : 1.5f;
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return PlotSvg.Render(plot, idPrefix, $"Calibration of {runs.Count} runs on {taskId}: predicted level against observed link frequency");
    }
}

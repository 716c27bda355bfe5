using Comet.Core.Links;
using Comet.Reporting.Html.Evaluation;
using Comet.Reporting.Html.Model;
using ScottPlot;

namespace Comet.Reporting.Html.Plots;

/// <summary>Precision-recall curves of every run of one task in one plot.</summary>
public static class PrecisionRecallPlot
{
    /// <summary>Points per curve; the eye cannot tell more apart at this size, and the file stays small.</summary>
    private const int MaxPoints = 400;

    public static string Svg(string taskId, IReadOnlyList<EvaluatedRun> runs, GoldStandard gold, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var plot = PlotSvg.NewPlot($"Precision-recall: {taskId}", "Recall", "Precision");
        for (var i = 0; i < runs.Count; i++)
        {
            var curve = PrecisionRecallCurve.Compute(runs[i].Ranking, gold).Thin(MaxPoints);
            if (curve.Recall.Count == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(curve.Recall.ToArray(), curve.Precision.ToArray(), RunPalette.For(i, runs[i].Kind == RunKind.Reference));
            line.LineWidth = runs[i].Kind == RunKind.Reference ? 3 : 2;
            line.LegendText = runs[i].Name;
        }

        plot.ShowLegend(Alignment.UpperRight);
        return PlotSvg.Render(plot, idPrefix, $"Precision-recall curves of {runs.Count} runs on {taskId}");
    }
}

using System.Text;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Html.Plots;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// A task's evaluation: the AP/MAP table (COMET's released output and the best single measure
/// marked) and the precision-recall and calibration plots.
/// </summary>
internal static class EvaluationSection
{
    public static void Write(StringBuilder html, TaskReport task, string taskId)
    {
        html.Append("<section class=\"evaluation\" id=\"").Append(taskId).Append("-evaluation\"><h3>Evaluation against ")
            .Append(HtmlText.I(task.Gold.Count)).Append(" gold links</h3>");
        WriteTable(html, task.Runs);
        html.Append("<p class=\"note\">AP: one global ranking of all pairs; MAP: AP per requirement, averaged over requirements with a gold link (docs/evaluation.md). ")
            .Append("Calibration of raw scores uses min-max scaled scores, which are an ordering, not probabilities.</p>");
        html.Append("<div class=\"plots\"><figure>")
            .Append(PrecisionRecallPlot.Svg(task.TaskId, task.Runs, task.Gold, taskId + "-pr"))
            .Append("</figure><figure>")
            .Append(CalibrationPlot.Svg(task.TaskId, task.Runs, task.Gold, taskId + "-cal"))
            .Append("</figure></div></section>");
    }

    public static void WriteTable(StringBuilder html, IReadOnlyList<EvaluatedRun> runs)
    {
        var best = BestSingle.Of(runs);
        html.Append("<table class=\"results\"><thead><tr><th>run</th><th></th><th class=\"num\">AP</th><th class=\"num\">MAP</th>")
            .Append("<th class=\"num\">AUC</th><th class=\"num\">P@1</th><th class=\"num\">P@5</th><th class=\"num\">R@10</th>")
            .Append("<th class=\"num\">gold ranked</th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            var m = run.Metrics;
            var classes = new List<string>();
            classes.AddRange(run.Kind == RunKind.Reference ? ["reference"] : []);
            classes.AddRange(ReferenceEquals(run, best.Ap) ? ["best-ap"] : []);
            classes.AddRange(ReferenceEquals(run, best.Map) ? ["best-map"] : []);
            html.Append("<tr class=\"").Append(string.Join(' ', classes)).Append("\" data-run=\"").Append(HtmlText.E(run.Name)).Append("\"><td>")
                .Append(HtmlText.E(run.Name)).Append("</td><td>").Append(Marks(run, best)).Append("</td><td class=\"num ap\">")
                .Append(HtmlText.N(m.AveragePrecision)).Append("</td><td class=\"num map\">").Append(HtmlText.N(m.MeanAveragePrecision))
                .Append("</td><td class=\"num\">").Append(HtmlText.N(m.Auc)).Append("</td><td class=\"num\">").Append(HtmlText.N(m.PrecisionAt.At1))
                .Append("</td><td class=\"num\">").Append(HtmlText.N(m.PrecisionAt.At5)).Append("</td><td class=\"num\">").Append(HtmlText.N(m.RecallAt.At10))
                .Append("</td><td class=\"num\">").Append(HtmlText.I(m.GoldRanked)).Append(" / ").Append(HtmlText.I(m.GoldLinks)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Marks(EvaluatedRun run, BestSingle best)
    {
        var marks = new StringBuilder();
        if (run.Kind == RunKind.Reference)
        {
            marks.Append("<span class=\"badge ref\">released COMET output</span> ");
        }

        if (ReferenceEquals(run, best.Ap))
        {
            marks.Append("<span class=\"badge best\">\u2605 best single measure (AP)</span> ");
        }

        if (ReferenceEquals(run, best.Map))
        {
            marks.Append("<span class=\"badge best\">\u2605 best single measure (MAP)</span>");
        }

        return marks.ToString().Trim();
    }
}

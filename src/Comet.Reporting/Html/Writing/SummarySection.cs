using System.Text;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>AP and MAP of every run on every evaluated task in one table, best single measure in bold.</summary>
internal static class SummarySection
{
    public static void Write(StringBuilder html, IReadOnlyList<TaskReport> tasks)
    {
        var evaluated = tasks.Where(t => t.Runs.Count > 0).ToArray();
        var runNames = evaluated.SelectMany(t => t.Runs.Select(r => r.Name)).Distinct(StringComparer.Ordinal).ToArray();
        html.Append("<section id=\"summary\"><h2>Summary: AP / MAP per task</h2><table class=\"summary\"><thead><tr><th>task</th>");
        foreach (var name in runNames)
        {
            html.Append("<th class=\"num\">").Append(HtmlText.E(name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i].Runs.Count == 0)
            {
                continue;
            }

            var best = BestSingle.Of(tasks[i].Runs);
            html.Append("<tr><td><a href=\"#t").Append(HtmlText.I(i)).Append("\">").Append(HtmlText.E(tasks[i].TaskId)).Append("</a></td>");
            foreach (var name in runNames)
            {
                var run = tasks[i].Runs.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
                html.Append("<td class=\"num\">").Append(run is null ? "\u2013" : Cell(run, best)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><p class=\"note\">Bold: the task's best single measure by that metric.</p></section>");
    }

    private static string Cell(EvaluatedRun run, BestSingle best)
    {
        var ap = HtmlText.N(run.Metrics.AveragePrecision);
        var map = HtmlText.N(run.Metrics.MeanAveragePrecision);
        return (ReferenceEquals(run, best.Ap) ? $"<b>{ap}</b>" : ap) + " / " + (ReferenceEquals(run, best.Map) ? $"<b>{map}</b>" : map);
    }
}

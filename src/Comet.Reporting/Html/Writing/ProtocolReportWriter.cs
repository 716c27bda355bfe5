using System.Globalization;
using System.Text;
using Comet.Reporting.Html.Assets;
using Comet.Reporting.Html.Plots;
using Comet.Reporting.Results.Protocols;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// The answer protocols' page of `comet evaluate --protocol ... --report FILE.html`: learning curves
/// (unseen-pair AP change and ECE against answers, per strategy and error rate) above the summary
/// table. Self-contained like the other reports: inline CSS and SVG, nothing fetched.
/// </summary>
public static class ProtocolReportWriter
{
    public static string Render(IReadOnlyList<ProtocolSummary> rows, IReadOnlyList<string> tasks, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(tasks);
        const string title = "Comet: what reviewers' answers teach the model";
        var html = new StringBuilder(1 << 15);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"Comet\"><title>").Append(title).Append("</title><style>").Append(ReportAssets.Style)
            .Append("</style></head><body><header class=\"top\"><h1>").Append(title).Append("</h1><p class=\"meta\">")
            .Append(HtmlText.E(string.Create(CultureInfo.InvariantCulture,
                $"Evaluation report by Comet: {tasks.Count} task(s), {(rows.Count > 0 ? rows[0].Seeds : 0)} seed(s), generated {generatedAt:yyyy-MM-dd HH:mm 'UTC'zzz}.")))
            .Append("</p></header><main><section><p>Simulated reviewers answer from the gold standard. <b>random</b>: pairs drawn uniformly; ")
            .Append("<b>review</b>: requirements in random order, each one's top candidates; <b>active</b>: the pairs the model asks for, in rounds. ")
            .Append("Only the pairs nobody answered are scored. Points at 0 answers are the model without answers; whiskers are 95% intervals over tasks.</p>");
        foreach (var error in rows.Select(r => r.ErrorRate).Distinct().Order())
        {
            var slug = ((int)Math.Round(error * 100)).ToString(CultureInfo.InvariantCulture);
            html.Append("<h2>").Append(HtmlText.E(error.ToString("0%", CultureInfo.InvariantCulture))).Append(" of answers wrong</h2><div class=\"plots\">")
                .Append("<figure>").Append(LearningCurvePlot.Svg(rows, error, calibration: false, "curve-ap-" + slug)).Append("</figure>")
                .Append("<figure>").Append(LearningCurvePlot.Svg(rows, error, calibration: true, "curve-ece-" + slug)).Append("</figure>")
                .Append("</div>");
        }

        html.Append("<h2>Summary</h2>");
        WriteTable(html, rows.Where(r => r.Budget > 0).ToArray());
        html.Append("<details><summary>Tasks</summary><p>").Append(HtmlText.E(string.Join(", ", tasks))).Append("</p></details></section></main></body></html>\n");
        return html.ToString();
    }

    private static void WriteTable(StringBuilder html, IReadOnlyList<ProtocolSummary> rows)
    {
        html.Append("<table class=\"results\"><thead><tr><th>strategy</th><th>wrong</th><th>answers</th><th>unseen AP change</th><th>95% interval</th>")
            .Append("<th>up / down</th><th>tasks losing &gt; .01</th><th>unreviewed sources</th><th>unreviewed MAP</th><th>ECE</th><th>Brier skill</th><th>Brier skill without answers, same pairs</th><th>expected / true links</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            html.Append("<tr><td>").Append(HtmlText.E(r.Strategy)).Append("</td><td>").Append(r.ErrorRate.ToString("0%", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(HtmlText.I(r.Budget)).Append("</td><td>").Append(ProtocolTable.Signed(r.UnseenApChange))
                .Append("</td><td>").Append(ProtocolTable.Signed(r.IntervalLow)).Append(" to ").Append(ProtocolTable.Signed(r.IntervalHigh))
                .Append("</td><td>").Append(HtmlText.I(r.Up)).Append(" / ").Append(HtmlText.I(r.Down))
                .Append("</td><td>").Append(HtmlText.I(r.TasksLosing)).Append("</td><td>").Append(r.UnreviewedApChange is { } u ? ProtocolTable.Signed(u) : "\u2013")
                .Append("</td><td>").Append(r.UnreviewedMapChange is { } m ? ProtocolTable.Signed(m) : "\u2013")
                .Append("</td><td>").Append(HtmlText.N(r.Ece)).Append("</td><td>").Append(ProtocolTable.Signed(r.BrierSkill, "0.000"))
                .Append("</td><td>").Append(ProtocolTable.Signed(r.PriorBrierSkill, "0.000"))
                .Append("</td><td>").Append(r.CountRatio.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }
}

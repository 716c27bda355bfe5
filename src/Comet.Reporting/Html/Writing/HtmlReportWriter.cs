using System.Globalization;
using System.Text;
using System.Text.Json;
using Comet.Reporting.Html.Assets;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// Writes an <see cref="HtmlReport"/> as one self-contained HTML file: inline CSS, inline SVG plots
/// (ScottPlot), the matrix cells as inline JSON and plain inline JavaScript. Nothing is fetched from
/// the network, so the file works offline and can be mailed or archived as it is. Thread-safe.
/// </summary>
public static class HtmlReportWriter
{
    public static string Render(HtmlReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"generator\" content=\"Comet\"><title>").Append(HtmlText.E(report.Title)).Append("</title><style>")
            .Append(ReportAssets.Style).Append("</style></head><body><header class=\"top\"><h1>").Append(HtmlText.E(report.Title)).Append("</h1><p class=\"meta\">")
            .Append(HtmlText.E(Subtitle(report))).Append("</p></header>");
        WriteNavigation(html, report);
        html.Append("<main>");
        if (report.Tasks.Count(t => t.Runs.Count > 0) > 1)
        {
            SummarySection.Write(html, report.Tasks);
        }

        for (var i = 0; i < report.Tasks.Count; i++)
        {
            TaskSection.Write(html, report.Tasks[i], i);
        }

        html.Append("</main><script type=\"application/json\" id=\"comet-matrix-data\">").Append(MatrixData(report)).Append("</script><script>")
            .Append(ReportAssets.MatrixScript).Append('\n').Append(ReportAssets.PageScript).Append("</script></body></html>\n");
        return html.ToString();
    }

    /// <summary>Writes the report to <paramref name="path"/> through a temporary file, so a failure never leaves half a page.</summary>
    public static long WriteFile(string path, HtmlReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, Render(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    private static string Subtitle(HtmlReport report)
    {
        var kind = report.IsEvaluation ? "Evaluation report" : "Traceability report";
        var when = report.GeneratedAt is { } at ? ", generated " + at.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture) : string.Empty;
        return $"{kind} by Comet: {report.Tasks.Count} task(s){when}. Works offline; hover the matrix for values.";
    }

    private static void WriteNavigation(StringBuilder html, HtmlReport report)
    {
        html.Append("<nav class=\"toc\">");
        if (report.Tasks.Count(t => t.Runs.Count > 0) > 1)
        {
            html.Append("<a href=\"#summary\">Summary</a>");
        }

        for (var i = 0; i < report.Tasks.Count; i++)
        {
            var task = report.Tasks[i];
            html.Append("<a href=\"#").Append(TaskSection.Id(i)).Append("\">").Append(HtmlText.E(task.TaskId)).Append("</a>");
            if (report.Tasks.Count > 1)
            {
                continue;
            }

            for (var g = 0; g < task.Groups.Count; g++)
            {
                var id = TaskSection.GroupId(i, g);
                html.Append("<a href=\"#").Append(id).Append("-requirements\">").Append(HtmlText.E(task.Groups[g].Name)).Append(": requirements</a>")
                    .Append("<a href=\"#").Append(id).Append("-gaps\">gaps</a><a href=\"#").Append(id).Append("-matrix\">matrix</a>");
            }

            if (task.Runs.Count > 0)
            {
                html.Append("<a href=\"#").Append(TaskSection.Id(i)).Append("-evaluation\">evaluation</a>");
            }
        }

        html.Append("</nav>");
    }

    // The JSON writer escapes '<', '>' and '&', so the data can never close its <script> element early.
    private static string MatrixData(HtmlReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = 0; i < report.Tasks.Count; i++)
            {
                for (var g = 0; g < report.Tasks[i].Groups.Count; g++)
                {
                    MatrixSection.WriteData(json, report.Tasks[i].Groups[g], TaskSection.GroupId(i, g));
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

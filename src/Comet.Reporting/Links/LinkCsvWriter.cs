using System.Globalization;

namespace Comet.Reporting.Links;

/// <summary>
/// CSV (RFC 4180) of link views: view,source,rank,target,score,[probability,probability_sd,bucket,explanation,]&lt;one
/// column per measure&gt;. rank counts within the source. Numbers use the invariant culture and 4 decimals:
/// enough to sort and threshold on, and no 17-digit noise.
/// </summary>
public static class LinkCsvWriter
{
    private static readonly string[] FixedColumns = ["view", "source", "rank", "target", "score"];
    private static readonly string[] ModelColumns = ["probability", "probability_sd", "bucket", "explanation"];

    public static void Write(TextWriter writer, IReadOnlyList<LinkView> views)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(views);
        if (views.Count == 0)
        {
            return;
        }

        var first = views[0].Table;
        var modelColumns = first.Details is null ? [] : ModelColumns;
        writer.WriteLine(string.Join(',', FixedColumns.Concat(modelColumns).Concat(first.MeasureNames.Select(Quote))));
        foreach (var view in views)
        {
            foreach (var row in view.Rows)
            {
                var link = row.Link;
                var cells = new List<string>
                {
                    Quote(row.View),
                    Quote(link.SourceId),
                    row.RankInSource.ToString(CultureInfo.InvariantCulture),
                    Quote(link.TargetId),
                    Format(link.Score),
                };
                if (view.Table.Details?.Invoke(link) is { } detail)
                {
                    cells.AddRange([Format(detail.Probability), Format(detail.ProbabilitySd), detail.Bucket, Quote(detail.Explanation)]);
                }

                cells.AddRange(view.Table.MeasureNames.Select(m => Format(view.Table.ScoreOf(m, link))));
                writer.WriteLine(string.Join(',', cells));
            }
        }
    }

    internal static string Format(double value) =>
        double.IsFinite(value) ? Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

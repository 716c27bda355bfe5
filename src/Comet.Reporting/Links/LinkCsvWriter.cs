using System.Globalization;
using Comet.Core.Links;

namespace Comet.Reporting.Links;

/// <summary>
/// CSV (RFC 4180) of a <see cref="LinkTable"/>: rank,source,target,score,&lt;one column per measure&gt;.
/// Numbers use the invariant culture and round-trip precision.
/// </summary>
public static class LinkCsvWriter
{
    private static readonly string[] FixedColumns = ["rank", "source", "target", "score"];
    private static readonly string[] ModelColumns = ["probability", "probability_sd", "bucket", "explanation"];

    public static void Write(TextWriter writer, LinkTable table, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        var modelColumns = table.Details is null ? [] : ModelColumns;
        writer.WriteLine(string.Join(',', FixedColumns.Concat(modelColumns).Concat(table.MeasureNames.Select(Quote))));
        var rank = 0;
        foreach (var link in Take(table.Ranking, top))
        {
            rank++;
            var cells = new List<string>
            {
                rank.ToString(CultureInfo.InvariantCulture),
                Quote(link.SourceId),
                Quote(link.TargetId),
                Format(link.Score),
            };
            if (table.Details?.Invoke(link) is { } detail)
            {
                cells.AddRange([Format(detail.Probability), Format(detail.ProbabilitySd), detail.Bucket, Quote(detail.Explanation)]);
            }

            cells.AddRange(table.MeasureNames.Select(m => Format(table.ScoreOf(m, link))));
            writer.WriteLine(string.Join(',', cells));
        }
    }

    internal static IEnumerable<ScoredLink> Take(RankedLinks ranking, int? top) =>
        top is { } n ? ranking.Take(n) : ranking;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

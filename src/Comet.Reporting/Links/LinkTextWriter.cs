using System.Globalization;
using Comet.Core.Links;

namespace Comet.Reporting.Links;

/// <summary>
/// The table a person reads on a terminal: one block per source, its best candidates with the
/// probability to two digits, the bucket and the explanation (with a model), or the score (without).
/// Long target ids are shortened from the left, where paths differ least.
/// </summary>
public static class LinkTextWriter
{
    private const int MaxTargetWidth = 48;

    public static void Write(TextWriter writer, IReadOnlyList<LinkView> views)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(views);
        foreach (var view in views)
        {
            WriteView(writer, view);
        }
    }

    private static void WriteView(TextWriter writer, LinkView view)
    {
        var withModel = view.Table.Details is not null;
        var top = view.TopPerSource switch
        {
            null => "every candidate",
            1 => "the best candidate",
            var n => string.Create(CultureInfo.InvariantCulture, $"the {n} best candidates"),
        };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== requirement -> {view.Name}: {top} of each of {view.SourceCount} sources =="));
        if (withModel)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"p: the model's probability of a link; buckets: probably-linked >= {BucketThresholds.DefaultProbablyLinked:0.0}, unsure >= {BucketThresholds.DefaultUnsure:0.0}, needs-review: a source's best candidate that the model cannot judge before answers teach it how many links there are; the explanation's terms add up to the log-odds, p = 1 / (1 + e^-log-odds)"));
            if (view.CountStatement is { } count)
            {
                writer.WriteLine("links: " + count);
            }
        }

        var width = Math.Min(MaxTargetWidth, view.Rows.Select(r => r.Link.TargetId.Length).DefaultIfEmpty(6).Max());
        string? source = null;
        foreach (var row in view.Rows)
        {
            if (!string.Equals(row.Link.SourceId, source, StringComparison.Ordinal))
            {
                source = row.Link.SourceId;
                writer.WriteLine();
                writer.WriteLine(source);
            }

            var target = Shorten(row.Link.TargetId, width).PadRight(width);
            if (withModel && view.Table.Details!(row.Link) is { } detail)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {row.RankInSource,3}  {target}  p {detail.Probability:0.00}  {detail.Bucket,-15}  {detail.Explanation}"));
            }
            else
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.RankInSource,3}  {target}  score {row.Link.Score:0.000}"));
            }
        }

        writer.WriteLine();
    }

    private static string Shorten(string id, int width) =>
        id.Length <= width ? id : "..." + id[(id.Length - width + 3)..];
}

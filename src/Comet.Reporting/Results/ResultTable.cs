using System.Globalization;
using System.Text;

namespace Comet.Reporting.Results;

/// <summary>
/// Evaluation rows as an aligned text table (terminal) or a Markdown table (results.md), grouped by
/// dataset. In each dataset the best measure by AP and by MAP is marked with '*' (released COMET
/// outputs are not measures and are never marked).
/// </summary>
public static class ResultTable
{
    private static readonly string[] Header = ["dataset", "run", "AP", "MAP", "AUC", "P@1", "P@5", "R@10", "F1", "seconds"];

    public static string Text(IReadOnlyList<EvaluationRow> rows) => Render(rows, markdown: false);

    public static string Markdown(IReadOnlyList<EvaluationRow> rows) => Render(rows, markdown: true);

    /// <summary>Runs that are not our measures (e.g. "COMET (original)") are named with a space or parenthesis.</summary>
    public static bool IsMeasure(EvaluationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return !row.Run.Contains(' ', StringComparison.Ordinal) && !row.Run.Contains('(', StringComparison.Ordinal);
    }

    private static string Render(IReadOnlyList<EvaluationRow> rows, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = new List<string[]>();
        foreach (var group in rows.GroupBy(r => r.Dataset, StringComparer.Ordinal))
        {
            var measures = group.Where(IsMeasure).ToList();
            var bestAp = measures.Count > 1 ? measures.Max(r => r.Metrics.AveragePrecision) : double.NaN;
            var bestMap = measures.Count > 1 ? measures.Max(r => r.Metrics.MeanAveragePrecision) : double.NaN;
            foreach (var row in group)
            {
                var m = row.Metrics;
                cells.Add(
                [
                    row.Dataset,
                    row.Run,
                    Mark(m.AveragePrecision, IsMeasure(row) && m.AveragePrecision == bestAp),
                    Mark(m.MeanAveragePrecision, IsMeasure(row) && m.MeanAveragePrecision == bestMap),
                    F(m.Auc), F(m.PrecisionAt.At1), F(m.PrecisionAt.At5), F(m.RecallAt.At10),
                    m.Threshold is { } t ? F(t.F1) : "-",
                    row.Seconds.ToString("0.00", CultureInfo.InvariantCulture),
                ]);
            }
        }

        return markdown ? MarkdownTable(cells) : AlignedTable(cells);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Mark(double value, bool best) => F(value) + (best ? "*" : string.Empty);

    private static string MarkdownTable(List<string[]> cells)
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Header).AppendLine(" |");
        text.Append('|').AppendJoin('|', Header.Select((_, i) => i < 2 ? "---" : "---:")).AppendLine("|");
        foreach (var row in cells)
        {
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        return text.ToString();
    }

    private static string AlignedTable(List<string[]> cells)
    {
        var all = cells.Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = c < 2 ? row[c].PadRight(widths[c]) : row[c].PadLeft(widths[c]);
                text.Append(cell).Append(c < row.Length - 1 ? "  " : string.Empty);
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}

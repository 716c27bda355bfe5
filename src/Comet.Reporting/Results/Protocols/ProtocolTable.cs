using System.Globalization;
using System.Text;

namespace Comet.Reporting.Results.Protocols;

/// <summary>The answer protocols' summary as a text table (terminal) or Markdown (results.md).</summary>
public static class ProtocolTable
{
    private static readonly string[] Header =
    [
        "strategy", "wrong", "answers", "unseen AP change", "95% interval", "up/down", "losing >.01", "worst task",
        "unreviewed sources", "unreviewed MAP", "ECE", "Brier skill", "same pairs, no answers", "links x",
    ];

    public static string Text(IReadOnlyList<ProtocolSummary> rows) => Render(rows, markdown: false);

    public static string Markdown(IReadOnlyList<ProtocolSummary> rows) => Render(rows, markdown: true);

    private static string Render(IReadOnlyList<ProtocolSummary> rows, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(Cells).ToList();
        var output = new StringBuilder();
        if (markdown)
        {
            output.Append("| ").AppendJoin(" | ", Header).Append(" |\n|").AppendJoin("|", Header.Select(_ => "---")).Append("|\n");
            foreach (var row in cells)
            {
                output.Append("| ").AppendJoin(" | ", row).Append(" |\n");
            }

            return output.ToString();
        }

        var widths = Header.Select((h, k) => cells.Select(c => c[k].Length).Prepend(h.Length).Max()).ToArray();
        output.AppendJoin("  ", Header.Select((h, k) => h.PadRight(widths[k]))).Append('\n');
        foreach (var row in cells)
        {
            output.AppendJoin("  ", row.Select((c, k) => c.PadRight(widths[k]))).Append('\n');
        }

        if (rows.Count > 0)
        {
            output.Append(CultureInfo.InvariantCulture, $"({rows[0].Tasks} tasks, {rows[0].Seeds} seed(s) each; a task's seeds averaged first; the interval is over tasks)\n");
        }

        return output.ToString();
    }

    private static string[] Cells(ProtocolSummary s) =>
    [
        s.Strategy,
        F(s.ErrorRate, "0%"),
        s.Budget.ToString(CultureInfo.InvariantCulture) + (Math.Abs(s.MeanAnswers - s.Budget) > 0.5 ? F(s.MeanAnswers, " (0.#)") : string.Empty),
        Signed(s.UnseenApChange),
        $"[{Signed(s.IntervalLow)}, {Signed(s.IntervalHigh)}]",
        F(s.Up, "0") + "/" + F(s.Down, "0"),
        F(s.TasksLosing, "0"),
        s.WorstChange < 0 ? $"{s.WorstTask} {Signed(s.WorstChange)}" : "-",
        s.UnreviewedApChange is { } u ? Signed(u) : "-",
        s.UnreviewedMapChange is { } m ? Signed(m) : "-",
        F(s.Ece, "0.000"),
        Signed(s.BrierSkill, "0.000"),
        Signed(s.PriorBrierSkill, "0.000"),
        F(s.CountRatio, "0.00"),
    ];

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Signed(double value, string format = "0.0000") =>
        (value >= 0 ? "+" : "") + value.ToString(format, CultureInfo.InvariantCulture);
}

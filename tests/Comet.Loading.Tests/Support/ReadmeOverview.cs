using System.Globalization;
using System.Text.RegularExpressions;

namespace Comet.Loading.Tests.Support;

/// <summary>
/// The overview table of <c>shared/datasets/README.md</c>: per folder, the leading number of the
/// #src, #tgt and #gold cells ("140 (139 + 1 stray)" gives 140, "1,951 rows" gives 1951).
/// </summary>
internal static partial class ReadmeOverview
{
    private static readonly Lazy<IReadOnlyDictionary<string, (int? Sources, int? Targets, int? Gold)>> Rows = new(Parse);

    public static (int? Sources, int? Targets, int? Gold) For(string folder) =>
        Rows.Value.TryGetValue(folder, out var row)
            ? row
            : throw new InvalidOperationException($"README overview has no row for `{folder}`");

    private static IReadOnlyDictionary<string, (int?, int?, int?)> Parse()
    {
        var rows = new Dictionary<string, (int?, int?, int?)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(BenchmarkData.Root, "README.md")))
        {
            var cells = line.Split('|');
            if (cells.Length < 7 || !cells[1].Trim().StartsWith('`'))
            {
                continue;
            }

            rows[cells[1].Trim().Trim('`')] = (Leading(cells[3]), Leading(cells[4]), Leading(cells[5]));
        }

        return rows;
    }

    private static int? Leading(string cell)
    {
        var match = LeadingNumber().Match(cell.Trim());
        return match.Success ? int.Parse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+|^\d+")]
    private static partial Regex LeadingNumber();
}

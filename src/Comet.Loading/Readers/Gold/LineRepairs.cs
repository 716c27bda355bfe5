using System.Globalization;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Gold;

/// <summary>
/// Applies manifest repairs to known damaged lines. Each repair is reported, and so is a repair
/// whose line no longer reads as expected (the file changed; the damage may be somewhere else).
/// </summary>
internal static class LineRepairs
{
    public static void Apply(string[] lines, IReadOnlyList<LineRepair> repairs, string fileName, ICollection<string> warnings)
    {
        foreach (var repair in repairs)
        {
            var index = repair.Line - 1;
            var actual = index >= 0 && index < lines.Length ? lines[index].Trim() : null;
            if (string.Equals(actual, repair.Expect, StringComparison.Ordinal))
            {
                lines[index] = repair.Replace;
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{fileName} line {repair.Line} repaired: '{repair.Expect}' -> '{repair.Replace}'"));
            }
            else
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{fileName} line {repair.Line} not repaired: expected '{repair.Expect}', found '{actual}'"));
            }
        }
    }
}

using System.Globalization;
using Comet.Loading.Manifests;

namespace Comet.Loading.Readers.Gold;

/// <summary>
/// Gold rows of the form "source target [target ...]" with configurable separators, which covers
/// CSV pairs, <c>a: b</c>, <c>a b c</c>, <c>a:b c</c> and <c>F4&lt;TAB&gt;F2,F3,UC7</c>. A row with only a
/// source has no links. In <see cref="GoldManifest.Pairs"/> mode extra ids mark a damaged row.
/// </summary>
internal static class LineGoldReader
{
    public static IReadOnlyList<RawLink> Read(string[] lines, GoldManifest spec, string fileName, ICollection<string> warnings)
    {
        var separators = spec.Separators.ToCharArray();
        var links = new List<RawLink>();
        var headerPending = spec.Header;
        var truncated = new List<string>();
        var targetless = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var tokens = lines[i].Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tokens.Length == 0)
            {
                continue;
            }

            if (headerPending)
            {
                headerPending = false;
                continue;
            }

            if (spec.Pairs && tokens.Length != 2)
            {
                (tokens.Length > 2 ? truncated : targetless).Add(lines[i].Trim());
                tokens = tokens[..Math.Min(2, tokens.Length)];
            }

            links.AddRange(tokens.Skip(1).Select(t => new RawLink(tokens[0], t, i + 1)));
        }

        if (truncated.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: {truncated.Count} damaged rows have more than two ids (e.g. '{truncated[0]}'); only their first pair is used"));
        }

        if (targetless.Count > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{fileName}: {targetless.Count} rows have no target (e.g. '{targetless[0]}')"));
        }

        return links;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Comet.Core.Links;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// What the markers of one repository's code say, and the code with them gone.
/// </summary>
/// <param name="CodeFiles">Every code file traced, relative path with '/' (the target id comet prints).</param>
/// <param name="Gold">requirement id -> code file, one per (id, file) a marker names and the requirement set knows.</param>
/// <param name="Markers">Markers found (and removed).</param>
/// <param name="UnknownIds">Ids markers name that no requirement text has (test fixtures, typos, other documents): not gold.</param>
/// <param name="StrayIds">Requirement ids found in the code outside any marker (and removed too, so nothing leaks).</param>
internal sealed record MarkerScan(
    IReadOnlyList<string> CodeFiles,
    GoldStandard Gold,
    int Markers,
    IReadOnlyList<string> UnknownIds,
    int StrayIds)
{
    /// <summary>
    /// Reads the spec's code files from <paramref name="checkout"/>, writes each one to
    /// <paramref name="strippedRoot"/> (same relative path) with every marker and every stray requirement id
    /// removed, and returns the links the markers named.
    /// </summary>
    public static MarkerScan Run(RepoSpec spec, string checkout, IReadOnlySet<string> requirementIds, string strippedRoot)
    {
        var files = ListCodeFiles(spec, checkout);
        var links = new HashSet<TraceLink>();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var markers = 0;
        var stray = 0;
        var strayPattern = StrayIdPattern(requirementIds);
        foreach (var relative in files)
        {
            var text = File.ReadAllText(Path.Combine(checkout, relative));
            var stripped = spec.Marker.Replace(text, match =>
            {
                markers++;
                foreach (var id in Ids(match.Groups["ids"].Value))
                {
                    if (requirementIds.Contains(id))
                    {
                        links.Add(new TraceLink(id, relative));
                    }
                    else
                    {
                        unknown.Add(id);
                    }
                }

                return string.Empty;
            });
            if (strayPattern is not null)
            {
                stripped = strayPattern.Replace(stripped, _ =>
                {
                    stray++;
                    return string.Empty;
                });
            }

            var destination = Path.Combine(strippedRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, stripped, new UTF8Encoding(false));
        }

        return new MarkerScan(files, new GoldStandard(links), markers, [.. unknown], stray);
    }

    /// <summary>
    /// The ids of one marker's id list: comma-separated, trimmed; "key=value" options (strictdoc's
    /// "scope=file") and empty parts are not ids.
    /// </summary>
    public static IEnumerable<string> Ids(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.Contains('=', StringComparison.Ordinal));

    private static List<string> ListCodeFiles(RepoSpec spec, string checkout) =>
        spec.CodeRoots
            .Select(root => Path.Combine(checkout, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(checkout, path).Replace('\\', '/'))
            .Where(path => spec.CodeExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Where(path => !spec.ExcludedPathParts.Any(part => ("/" + path).Contains(part, StringComparison.Ordinal)))
            .Where(path => new FileInfo(Path.Combine(checkout, path)).Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();

    // Any requirement id as a whole word (not part of a longer id such as SDOC-SRS-10 inside SDOC-SRS-101).
    private static Regex? StrayIdPattern(IReadOnlySet<string> ids) =>
        ids.Count == 0
            ? null
            : new Regex(
                @"(?<![\w.-])(?:" + string.Join('|', ids.OrderByDescending(id => id.Length).Select(Regex.Escape)) + @")(?![\w-])",
                RegexOptions.CultureInvariant);
}

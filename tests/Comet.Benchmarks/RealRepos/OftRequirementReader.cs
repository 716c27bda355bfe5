using System.Text;
using System.Text.RegularExpressions;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// OpenFastTrace's Markdown specification items, as far as requirement texts need: an item starts at a
/// line holding only its id in backticks (`` `dsn~cli.command-selection~1` ``), right under a heading
/// whose text is the item's title; its description runs to the next heading or item. The lists that
/// follow "Covers:", "Depends:" and "Needs:" are ids and artifact types, not prose, and are left out;
/// "Rationale:" and "Comment:" are prose and kept.
/// </summary>
internal sealed partial class OftRequirementReader(string folder) : IRequirementReader
{
    private static readonly string[] IdLists = ["Covers:", "Depends:", "Needs:", "Tags:"];

    public string Describe => $"{folder}/**/*.md: OpenFastTrace items (`type~name~revision` under a heading), text = title + description, rationale, comment";

    public IReadOnlyList<Requirement> Read(string checkout)
    {
        var root = Path.Combine(checkout, folder);
        return Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(File.ReadAllLines(path)))
            .ToList();
    }

    /// <summary>Parses one Markdown file's lines into its items, in file order.</summary>
    public static IEnumerable<Requirement> Parse(IReadOnlyList<string> lines)
    {
        string? id = null;
        string heading = string.Empty;
        var text = new StringBuilder();
        var inIdList = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            var itemId = ItemIdLine().Match(trimmed);
            if (itemId.Success || trimmed.StartsWith('#'))
            {
                if (id is not null)
                {
                    yield return new Requirement(id, text.ToString().Trim());
                    id = null;
                }

                if (itemId.Success)
                {
                    id = itemId.Groups["id"].Value;
                    text.Clear().AppendLine(heading);
                    inIdList = false;
                }
                else
                {
                    heading = trimmed.TrimStart('#').Trim();
                }

                continue;
            }

            if (id is null)
            {
                continue;
            }

            if (IdLists.Any(label => trimmed.StartsWith(label, StringComparison.Ordinal)))
            {
                inIdList = true;
                continue;
            }

            // A prose paragraph ("Rationale:", "Comment:" or plain text) ends an id list; list items and blank lines do not.
            if (inIdList && (trimmed.Length == 0 || trimmed.StartsWith('*') || trimmed.StartsWith('-')))
            {
                continue;
            }

            inIdList = false;
            text.AppendLine(line);
        }

        if (id is not null)
        {
            yield return new Requirement(id, text.ToString().Trim());
        }
    }

    [GeneratedRegex(@"^`(?<id>[a-z]+~[\w.\-]+~\d+)`$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemIdLine();
}

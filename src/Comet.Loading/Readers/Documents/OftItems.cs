using System.Text;
using System.Text.RegularExpressions;

namespace Comet.Loading.Readers.Documents;

/// <summary>
/// OpenFastTrace's Markdown specification items: an item starts at a line holding only its id in
/// backticks (<c>`dsn~cli.command-selection~1`</c>), right under a heading whose text is the item's title;
/// its description runs to the next heading or item. The lists after "Covers:", "Depends:", "Needs:" and
/// "Tags:" are ids and artifact types, not prose, and are left out; "Rationale:" and "Comment:" are prose
/// and kept.
/// </summary>
public static partial class OftItems
{
    private static readonly string[] IdLists = ["Covers:", "Depends:", "Needs:", "Tags:"];

    /// <summary>Whether a Markdown text holds at least one item: a line that is nothing but an item id in backticks.</summary>
    public static bool Holds(string text) => ItemIdLine().IsMatch(text);

    /// <summary>The items of one Markdown file, in file order.</summary>
    public static IEnumerable<DocumentItem> Parse(IReadOnlyList<string> lines)
    {
        string? id = null;
        var heading = string.Empty;
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
                    yield return new DocumentItem(id, text.ToString().Trim());
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
            yield return new DocumentItem(id, text.ToString().Trim());
        }
    }

    [GeneratedRegex(@"^[ \t]*`(?<id>[a-z]+~[\w.\-]+~\d+)`[ \t]*\r?$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex ItemIdLine();
}

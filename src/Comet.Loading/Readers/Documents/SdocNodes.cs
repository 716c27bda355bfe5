using System.Text;

namespace Comet.Loading.Readers.Documents;

/// <summary>
/// StrictDoc's .sdoc text format: a node starts at a line such as "[REQUIREMENT]" or "[[SECTION]]"; its
/// fields are "KEY: value" lines or "KEY: &gt;&gt;&gt;" blocks closed by "&lt;&lt;&lt;". Every node with a
/// UID that is not a section, free text, document header or grammar is an item; its text is the prose
/// fields (title, statement, rationale, comments), never the relations, whose parent ids say nothing to a
/// reader.
/// </summary>
public static class SdocNodes
{
    private static readonly HashSet<string> NotItems = new(StringComparer.Ordinal) { "SECTION", "/SECTION", "TEXT", "DOCUMENT", "GRAMMAR" };

    /// <summary>The fields read as the item's prose.</summary>
    public static IReadOnlySet<string> ProseFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "TITLE", "STATEMENT", "DESCRIPTION", "RATIONALE", "COMMENT", "NOTE", "DOCUMENTATION",
    };

    /// <summary>The items of one .sdoc file, in file order.</summary>
    public static IEnumerable<DocumentItem> Parse(IReadOnlyList<string> lines)
    {
        string? kind = null, uid = null;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (NodeKind(line) is { } next)
            {
                if (Finish(kind, uid, text) is { } done)
                {
                    yield return done;
                }

                (kind, uid) = (next, null);
                text.Clear();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (kind is null || colon <= 0 || !IsKey(line.AsSpan(0, colon)))
            {
                continue;
            }

            var key = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (value == ">>>")
            {
                // A multi-line value: everything up to the closing "<<<" line.
                var block = new StringBuilder();
                for (i++; i < lines.Count && lines[i].Trim() != "<<<"; i++)
                {
                    block.AppendLine(lines[i]);
                }

                value = block.ToString();
            }

            if (key == "UID")
            {
                uid = value;
            }
            else if (ProseFields.Contains(key))
            {
                text.AppendLine(value.TrimEnd());
            }
        }

        if (Finish(kind, uid, text) is { } last)
        {
            yield return last;
        }
    }

    private static DocumentItem? Finish(string? kind, string? uid, StringBuilder text) =>
        kind is not null && uid is not null && !NotItems.Contains(kind) && text.Length > 0
            ? new DocumentItem(uid, text.ToString().Trim())
            : null;

    // "[REQUIREMENT]", "[[SECTION]]", "[/SECTION]" -> the name inside the brackets.
    private static string? NodeKind(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 3 || trimmed[0] != '[' || trimmed[^1] != ']')
        {
            return null;
        }

        var name = trimmed.Trim('[', ']');
        return name.Length > 0 && name.All(c => char.IsAsciiLetterUpper(c) || c == '_' || c == '/') ? name : null;
    }

    // Field keys are upper-case words at the start of a line ("STATEMENT"); indented grammar lines are not fields of a node.
    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}

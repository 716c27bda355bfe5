namespace Comet.Loading.Readers.Documents;

/// <summary>
/// A file that holds many requirements (or design items) with their own ids, as requirement tools keep
/// them in a repository: OpenFastTrace Markdown (<c>`req~name~1`</c> items) and StrictDoc .sdoc. Traced
/// as its items, not as one document, so each requirement gets its own links under the id its code
/// markers and its reviewers use. Found in real repositories (docs/benchmarks.md, "Real repositories"):
/// none of six keeps one requirement per file.
/// </summary>
public static class RequirementDocument
{
    /// <summary>The format's name for messages ("OpenFastTrace", "StrictDoc"), or null when the file is an ordinary document.</summary>
    public static string? FormatOf(string fileName, string text)
    {
        if (fileName.EndsWith(".sdoc", StringComparison.OrdinalIgnoreCase))
        {
            return "StrictDoc";
        }

        var markdown = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return markdown && OftItems.Holds(text) ? "OpenFastTrace" : null;
    }

    /// <summary>The items of a file whose <see cref="FormatOf"/> is not null.</summary>
    public static IReadOnlyList<DocumentItem> Items(string format, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return format == "StrictDoc" ? [.. SdocNodes.Parse(lines)] : [.. OftItems.Parse(lines)];
    }
}

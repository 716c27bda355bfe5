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
    /// <summary>The requirements tool whose format the file is in, or null when it is an ordinary document.</summary>
    public static RequirementFormat? FormatOf(string fileName, string text)
    {
        if (fileName.EndsWith(".sdoc", StringComparison.OrdinalIgnoreCase))
        {
            return RequirementFormat.StrictDoc;
        }

        var markdown = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return markdown && OftItems.Holds(text) ? RequirementFormat.OpenFastTrace : null;
    }

    /// <summary>The items of a file in <paramref name="format"/>, in file order.</summary>
    public static IReadOnlyList<DocumentItem> Items(RequirementFormat format, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return format == RequirementFormat.StrictDoc ? [.. SdocNodes.Parse(lines)] : [.. OftItems.Parse(lines)];
    }
}

/// <summary>The requirements tools whose files <see cref="RequirementDocument"/> reads as their items (the names are shown to users).</summary>
public enum RequirementFormat
{
    OpenFastTrace,
    StrictDoc,
}

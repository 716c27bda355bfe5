namespace Comet.Loading.Readers.Documents;

/// <summary>
/// A file that holds many requirements (or design items) with their own ids, as requirement tools keep
/// them in a repository: OpenFastTrace Markdown (<c>`req~name~1`</c> items), StrictDoc .sdoc and TRLC
/// .trlc records (LOBSTER). Traced
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

        if (fileName.EndsWith(".trlc", StringComparison.OrdinalIgnoreCase))
        {
            return RequirementFormat.Trlc;
        }

        var markdown = fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return markdown && OftItems.Holds(text) ? RequirementFormat.OpenFastTrace : null;
    }

    /// <summary>The tool's name as its users write it ("OpenFastTrace", "StrictDoc", "TRLC").</summary>
    public static string Name(RequirementFormat format) => format == RequirementFormat.Trlc ? "TRLC" : format.ToString();

    /// <summary>The items of a file in <paramref name="format"/>, in file order.</summary>
    public static IReadOnlyList<DocumentItem> Items(RequirementFormat format, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return format switch
        {
            RequirementFormat.StrictDoc => [.. SdocNodes.Parse(lines)],
            RequirementFormat.Trlc => [.. TrlcRecords.Parse(text)],
            _ => [.. OftItems.Parse(lines)],
        };
    }
}

/// <summary>The requirements tools whose files <see cref="RequirementDocument"/> reads as their items (shown to users by <see cref="RequirementDocument.Name"/>).</summary>
public enum RequirementFormat
{
    OpenFastTrace,
    StrictDoc,
    Trlc,
}

using System.Collections.Frozen;
using Comet.Core.Artifacts;

namespace Comet.Loading.Projects;

/// <summary>Guesses an artifact's kind from the role of its folder and its file extension.</summary>
public static class ArtifactKindInference
{
    // The one table of code files, for project folders and for the server's uploads alike. XML counts as
    // code, as the server always had it: beside code it is build files and configuration, not prose.
    private static readonly FrozenSet<string> CodeExtensions = new[]
    {
        ".java", ".kt", ".scala", ".groovy", ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".cs", ".fs",
        ".vb", ".py", ".rb", ".go", ".rs", ".js", ".jsx", ".ts", ".tsx", ".php", ".swift", ".m", ".mm",
        ".sql", ".sh", ".ps1", ".pl", ".lua", ".r", ".dart", ".jsp", ".vue", ".xml",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> DocumentExtensions = new[]
    {
        "", ".txt", ".md", ".rst", ".adoc", ".rtf", ".html", ".htm", ".tex", ".csv",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Tests folder: <see cref="ArtifactKind.Test"/>. Code files elsewhere: <see cref="ArtifactKind.Source"/>.
    /// Documents: requirements on the source side, design on the target side. Anything else: Other.
    /// </summary>
    public static ArtifactKind Infer(ProjectFolderRole role, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (role == ProjectFolderRole.Tests)
        {
            return ArtifactKind.Test;
        }

        if (IsCode(fileName))
        {
            return ArtifactKind.Source;
        }

        if (DocumentExtensions.Contains(extension))
        {
            return role == ProjectFolderRole.Sources ? ArtifactKind.Requirement : ArtifactKind.Design;
        }

        return ArtifactKind.Other;
    }

    /// <summary>Whether the file's extension is a programming language's (or XML).</summary>
    public static bool IsCode(string fileName) => CodeExtensions.Contains(Path.GetExtension(fileName));
}

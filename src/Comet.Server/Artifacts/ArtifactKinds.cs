using Comet.Core.Artifacts;

namespace Comet.Server.Artifacts;

/// <summary>The kind an artifact gets when the upload does not say: code files are source, intermediates tests.</summary>
internal static class ArtifactKinds
{
    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".java", ".cs", ".c", ".h", ".cc", ".cpp", ".hpp", ".py", ".js", ".jsx", ".ts", ".tsx", ".go", ".rb",
        ".kt", ".scala", ".php", ".swift", ".rs", ".m", ".sql", ".sh", ".vb", ".groovy", ".xml", ".jsp",
    };

    public static ArtifactKind Infer(ArtifactRole role, string? path) => role switch
    {
        ArtifactRole.Intermediate => ArtifactKind.Test,
        _ when path is not null && CodeExtensions.Contains(Path.GetExtension(path)) => ArtifactKind.Source,
        ArtifactRole.Source => ArtifactKind.Requirement,
        _ => ArtifactKind.Other,
    };
}

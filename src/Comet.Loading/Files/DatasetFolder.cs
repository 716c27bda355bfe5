using Comet.Core;

namespace Comet.Loading.Files;

/// <summary>
/// A dataset's folder on disk. Resolves relative paths whose letter case or separators differ from
/// the real ones (CoEST lists say <c>UC/EA1.txt</c> where the folder is <c>uc/</c>, or
/// <c>ClassCode\46.txt</c>). Errors are <see cref="CometInputException"/>s that name the path.
/// </summary>
public sealed class DatasetFolder
{
    public DatasetFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root))
        {
            throw new CometInputException($"dataset folder not found: {root}");
        }

        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>Full path of an existing file; exact match first, else a unique case-insensitive one.</summary>
    public string ResolveFile(string relativePath) =>
        TryResolve(relativePath, wantDirectory: false)
        ?? throw new CometInputException($"file not found: {Path.Combine(Root, relativePath)}");

    /// <summary>Full path of an existing folder, matched like <see cref="ResolveFile"/>.</summary>
    public string ResolveDirectory(string relativePath) =>
        TryResolve(relativePath, wantDirectory: true)
        ?? throw new CometInputException($"folder not found: {Path.Combine(Root, relativePath)}");

    public string? TryResolveFile(string relativePath) => TryResolve(relativePath, wantDirectory: false);

    /// <summary>Path relative to the root with <c>/</c> separators (used for origins and ids).</summary>
    public string RelativePath(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    private string? TryResolve(string relativePath, bool wantDirectory)
    {
        var segments = relativePath.Trim().Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        var current = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var next = MatchEntry(current, segments[i], directory: !last || wantDirectory);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return wantDirectory ? (Directory.Exists(current) ? current : null) : (File.Exists(current) ? current : null);
    }

    private static string? MatchEntry(string folder, string name, bool directory)
    {
        var exact = Path.Combine(folder, name);
        if (directory ? Directory.Exists(exact) : File.Exists(exact))
        {
            return exact;
        }

        if (name is "." or ".." || !Directory.Exists(folder))
        {
            return null;
        }

        var entries = directory ? Directory.EnumerateDirectories(folder) : Directory.EnumerateFiles(folder);
        var matches = entries
            .Where(e => string.Equals(Path.GetFileName(e), name, StringComparison.OrdinalIgnoreCase))
            .Take(2)
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}

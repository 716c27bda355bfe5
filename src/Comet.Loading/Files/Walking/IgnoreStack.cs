namespace Comet.Loading.Files.Walking;

/// <summary>
/// The .gitignore files that apply at one point of a walk, outermost first. A deeper file speaks
/// after the outer ones, so its lines win, as in git. Immutable: each folder extends its parent's stack.
/// </summary>
internal sealed class IgnoreStack
{
    public static readonly IgnoreStack Empty = new([]);

    private readonly IReadOnlyList<GitIgnoreFile> _files;

    private IgnoreStack(IReadOnlyList<GitIgnoreFile> files) => _files = files;

    /// <summary>
    /// The .gitignore files from the repository holding <paramref name="folder"/> (the nearest folder
    /// above with a .git) down to the folder's parent, so that tracing a sub-folder of a repository
    /// honours the rules written at its top. Without a repository above, none.
    /// </summary>
    public static IgnoreStack Above(string folder)
    {
        var parents = new List<string>();
        for (var dir = Directory.GetParent(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            parents.Add(dir.FullName);
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                parents.Reverse();
                return parents.Aggregate(Empty, (stack, parent) => stack.With(parent));
            }
        }

        return Empty;
    }

    /// <summary>This stack plus the folder's own .gitignore (if it has one).</summary>
    public IgnoreStack With(string folder) =>
        GitIgnoreFile.TryLoad(folder) is { } file ? new IgnoreStack([.. _files, file]) : this;

    public bool IsIgnored(string fullPath, bool isDirectory)
    {
        for (var i = _files.Count - 1; i >= 0; i--)
        {
            if (_files[i].Verdict(fullPath, isDirectory) is { } verdict)
            {
                return verdict;
            }
        }

        return false;
    }
}

namespace Comet.Loading.Files.Walking;

/// <summary>The rules of one .gitignore file; they apply to paths below its folder, the last matching line wins.</summary>
internal sealed class GitIgnoreFile
{
    private readonly string _folder;
    private readonly IReadOnlyList<GitIgnoreRule> _rules;

    public GitIgnoreFile(string folder, IEnumerable<string> lines)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        _rules = [.. lines.Select(GitIgnoreRule.Parse).OfType<GitIgnoreRule>()];
    }

    /// <summary>The folder's .gitignore, or null when it has none or it cannot be read (then nothing is ignored by it).</summary>
    public static GitIgnoreFile? TryLoad(string folder)
    {
        var path = Path.Combine(folder, ".gitignore");
        try
        {
            return File.Exists(path) ? new GitIgnoreFile(folder, File.ReadAllLines(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True: ignored; false: re-included by a "!" line; null: no line speaks of this path.</summary>
    public bool? Verdict(string fullPath, bool isDirectory)
    {
        if (!fullPath.StartsWith(_folder, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = fullPath[_folder.Length..].Replace('\\', '/');
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            if (_rules[i].Matches(relative, isDirectory))
            {
                return !_rules[i].Negated;
            }
        }

        return null;
    }
}

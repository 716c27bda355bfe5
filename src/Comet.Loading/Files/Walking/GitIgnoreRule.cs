using System.Text.RegularExpressions;

namespace Comet.Loading.Files.Walking;

/// <summary>One pattern line of a .gitignore file, parsed by git's rules.</summary>
/// <param name="Negated">A "!pattern" line: it re-includes what an earlier line ignored.</param>
/// <param name="DirectoryOnly">A "pattern/" line: it matches folders only.</param>
internal sealed record GitIgnoreRule(Regex Pattern, bool Negated, bool DirectoryOnly)
{
    /// <summary>The rule of one line, or null for blank lines and comments.</summary>
    public static GitIgnoreRule? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = TrimUnescapedTrailingSpaces(line.TrimEnd('\r'));
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = text[0] == '!';
        if (negated)
        {
            text = text[1..];
        }

        var directoryOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        // A slash at the start or in the middle ties the pattern to the .gitignore's own folder.
        var anchored = text.Contains('/', StringComparison.Ordinal);
        return new GitIgnoreRule(GlobPattern.ToRegex(text.TrimStart('/'), anchored), negated, directoryOnly);
    }

    public bool Matches(string relativePath, bool isDirectory) =>
        (isDirectory || !DirectoryOnly) && Pattern.IsMatch(relativePath);

    private static string TrimUnescapedTrailingSpaces(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ' && !(end > 1 && text[end - 2] == '\\'))
        {
            end--;
        }

        return text[..end];
    }
}

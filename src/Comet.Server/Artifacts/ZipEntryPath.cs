namespace Comet.Server.Artifacts;

/// <summary>
/// Checks the name of a zip entry before anything else looks at it. Entry names never reach the file
/// system (zips are read in memory), but a name that could escape a folder is refused anyway so that
/// no later code can ever be tricked by one: "..", ".", absolute paths, backslashes, drive letters,
/// empty segments and control characters.
/// </summary>
internal static class ZipEntryPath
{
    /// <returns>The path's segments, or null with a reason when the name is unsafe.</returns>
    public static string[]? Split(string name, out string? problem)
    {
        problem = null;
        if (name.Length == 0 || name.Length > 1024)
        {
            problem = "empty or longer than 1024 characters";
        }
        else if (name.Any(char.IsControl) || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            problem = "contains a backslash, a colon or a control character";
        }
        else if (name.StartsWith('/'))
        {
            problem = "is an absolute path";
        }

        if (problem is not null)
        {
            return null;
        }

        var segments = name.TrimEnd('/').Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            problem = "contains '..', '.' or an empty segment";
            return null;
        }

        return segments;
    }
}

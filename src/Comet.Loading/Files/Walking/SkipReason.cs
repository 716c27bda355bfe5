namespace Comet.Loading.Files.Walking;

/// <summary>Why a walk left an entry out; the CLI prints one summary line per reason.</summary>
public enum SkipReason
{
    /// <summary>A name starting with '.' (.git, .idea, .DS_Store, .github).</summary>
    Hidden,

    /// <summary>Matched by a .gitignore line, or a build/tool folder (bin, obj, node_modules).</summary>
    Ignored,

    /// <summary>Left out by --include / --exclude.</summary>
    Filtered,

    /// <summary>No text: zero bytes or only white space.</summary>
    Empty,

    /// <summary>A binary file: a known binary extension or a NUL byte not explained by UTF-16.</summary>
    Binary,

    /// <summary>Bytes no decoder accepts (a broken UTF-16 file).</summary>
    Undecodable,

    /// <summary>Cannot be opened or read (permissions, a dangling symlink, an I/O error).</summary>
    Unreadable,

    /// <summary>A named pipe, socket or device: never opened, since reading a pipe can block forever.</summary>
    Special,

    /// <summary>A symlink that leads back into itself or into a folder being walked.</summary>
    SymlinkLoop,

    /// <summary>Minified or generated: *.min.js, *.min.css, source maps, or a text whose lines run to thousands of characters.</summary>
    Generated,

    /// <summary>A licence text (LICENSE, COPYING, NOTICE): legal prose, never what a requirement is traced to.</summary>
    Licence,

    /// <summary>An item of a requirements document (or a file) whose id an earlier one already has: the first is kept.</summary>
    DuplicateId,
}

/// <summary>One entry a walk left out, and why.</summary>
/// <param name="Path">The full path as the walk met it.</param>
/// <param name="Detail">A short why, for --verbose (may be empty).</param>
public sealed record SkippedFile(string Path, SkipReason Reason, string Detail = "");

/// <summary>Summary words per reason.</summary>
public static class SkipReasons
{
    /// <summary>"3 empty files", "1 symlink loop": what one summary line says.</summary>
    public static string Describe(SkipReason reason, int count)
    {
        var one = count == 1;
        return reason switch
        {
            SkipReason.Hidden => $"{count} hidden {(one ? "entry" : "entries")} (name starts with '.')",
            SkipReason.Ignored => $"{count} {(one ? "entry" : "entries")} ignored by .gitignore or build/tool folder rules",
            SkipReason.Filtered => $"{count} {(one ? "file" : "files")} left out by --include/--exclude",
            SkipReason.Empty => $"{count} empty {(one ? "file" : "files")}",
            SkipReason.Binary => $"{count} binary {(one ? "file" : "files")}",
            SkipReason.Undecodable => $"{count} undecodable {(one ? "file" : "files")}",
            SkipReason.Unreadable => $"{count} unreadable {(one ? "file" : "files")}",
            SkipReason.Special => $"{count} special {(one ? "file" : "files")} (pipe, socket or device)",
            SkipReason.SymlinkLoop => $"{count} symlink {(one ? "loop" : "loops")}",
            SkipReason.Generated => $"{count} minified or generated {(one ? "file" : "files")} (*.min.js, *.min.css, source maps, lines of thousands of characters)",
            SkipReason.Licence => $"{count} licence {(one ? "text" : "texts")} (LICENSE, COPYING, NOTICE)",
            SkipReason.DuplicateId => $"{count} {(one ? "item" : "items")} whose id an earlier item or file already has (the first is kept)",
            _ => $"{count} {reason}",
        };
    }
}

using System.Text;
using System.Text.RegularExpressions;

namespace Comet.Loading.Files.Walking;

/// <summary>
/// Turns one gitignore-style glob into a regular expression over '/'-separated relative paths:
/// <c>*</c> and <c>?</c> stop at '/', <c>[a-z]</c> and <c>[!a-z]</c> are classes, <c>\x</c> is a literal
/// x, a leading <c>**/</c> or an inner <c>/**/</c> is zero or more folders and a trailing <c>/**</c> is
/// everything inside. A pattern that is not anchored may match at any depth (after any folder prefix).
/// </summary>
internal static class GlobPattern
{
    public static Regex ToRegex(string glob, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var regex = new StringBuilder("^");
        if (!anchored)
        {
            regex.Append("(?:.*/)?");
        }

        var i = 0;
        while (i < glob.Length)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i = AppendDoubleStar(glob, i, regex);
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
                i++;
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
                i++;
            }
            else if (c == '[' && ClassEnd(glob, i) is var end and > 0)
            {
                AppendClass(glob.AsSpan(i + 1, end - i - 1), regex);
                i = end + 1;
            }
            else if (c == '\\' && i + 1 < glob.Length)
            {
                regex.Append(Regex.Escape(glob[i + 1].ToString()));
                i += 2;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
                i++;
            }
        }

        // Interpreted, not compiled: compiling costs about a millisecond per pattern, and the .gitignore
        // files of a large repository can hold hundreds of them.
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    // "**" is special only as a whole path segment; elsewhere ("a**b") git reads it as "*".
    private static int AppendDoubleStar(string glob, int i, StringBuilder regex)
    {
        var after = i + 2;
        var segmentStart = i == 0 || glob[i - 1] == '/';
        if (segmentStart && after < glob.Length && glob[after] == '/')
        {
            regex.Append("(?:.*/)?");
            return after + 1;
        }

        regex.Append(segmentStart && after == glob.Length ? ".+" : "[^/]*");
        return after;
    }

    private static int ClassEnd(string glob, int open)
    {
        // A ']' right after '[' or '[!' belongs to the class, as in shells.
        var i = open + 1;
        if (i < glob.Length && glob[i] is '!' or '^')
        {
            i++;
        }

        if (i < glob.Length && glob[i] == ']')
        {
            i++;
        }

        var close = glob.IndexOf(']', i);
        return close;
    }

    private static void AppendClass(ReadOnlySpan<char> body, StringBuilder regex)
    {
        regex.Append('[');
        var start = 0;
        if (body.Length > 0 && body[0] is '!' or '^')
        {
            regex.Append('^');
            start = 1;
        }

        for (var k = start; k < body.Length; k++)
        {
            var c = body[k];
            regex.Append(c is '\\' or '[' or ']' or '^' ? "\\" + c : c.ToString());
        }

        regex.Append(']');
    }
}

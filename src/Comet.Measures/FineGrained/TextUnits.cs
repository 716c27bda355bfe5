using System.Text.RegularExpressions;

namespace Comet.Measures.FineGrained;

/// <summary>
/// Cuts an artifact's raw text into the units fine-grained similarity compares: sentences for prose,
/// and for code the blocks a light brace/blank-line reading finds (a method with the comment above
/// it, a group of fields, a C function's paragraphs). No parser: the benchmarks hold Java, C, C#,
/// Python and JavaScript, and a heuristic that is roughly right for all of them is enough here.
/// </summary>
internal static partial class TextUnits
{
    // A block longer than this is cut at its next blank line even inside braces, so a C file at depth 1
    // or a class with one huge method still gives several units.
    private const int LongBlockLines = 60;

    // A line "looks like code" if it ends or starts like code does; a text is code if enough lines do.
    private const double CodeLineShare = 0.3;

    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>Code blocks if the text reads as code, else sentences.</summary>
    public static IReadOnlyList<string> Blocks(string text)
    {
        var lines = text.Split('\n');
        if (!LooksLikeCode(lines))
        {
            return Sentences(text);
        }

        var blocks = new List<string>();
        var current = new List<string>();
        var depth = 0;
        foreach (var line in lines)
        {
            current.Add(line);
            var closes = false;
            foreach (var c in line)
            {
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth = Math.Max(0, depth - 1);
                    closes = true;
                }
            }

            // Depth 1 is a Java/C# class body or a C function body: what closes back to it ends a member.
            var blank = line.Trim().Length == 0;
            if ((closes && depth <= 1) || (blank && depth <= 1) || (blank && current.Count >= LongBlockLines))
            {
                Flush(current, blocks);
            }
        }

        Flush(current, blocks);
        return blocks;
    }

    private static bool LooksLikeCode(string[] lines)
    {
        var nonEmpty = 0;
        var codeLike = 0;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            nonEmpty++;
            if (line[^1] is '{' or '}' or ';' or ')' or ':' || line.StartsWith("//", StringComparison.Ordinal)
                || line.StartsWith("/*", StringComparison.Ordinal) || line.StartsWith('*') || line.StartsWith('#'))
            {
                codeLike++;
            }
        }

        return nonEmpty > 0 && codeLike >= CodeLineShare * nonEmpty;
    }

    private static void Flush(List<string> lines, List<string> blocks)
    {
        var block = string.Join('\n', lines).Trim();
        if (block.Length > 0)
        {
            blocks.Add(block);
        }

        lines.Clear();
    }

    // End of a sentence (., !, ? or ; before white space) or a blank line. Single line breaks are kept:
    // requirement documents wrap sentences across lines.
    [GeneratedRegex(@"(?<=[.!?;])\s+|\r?\n\s*\r?\n")]
    private static partial Regex SentenceEnd();
}

using System.Text.RegularExpressions;

namespace Comet.Loading.Projects;

/// <summary>
/// Files in a repository that nobody writes or reads as prose or code, and that would otherwise take
/// candidate slots from every requirement: minified bundles and source maps (vendored jQuery, Bootstrap,
/// MathJax) and licence texts. Seen on a real repository: traced as it is, 10 of StrictDoc's 942 top-3
/// slots went to MathJax's licence and vendored bundles (docs/benchmarks.md, "What a new user meets").
/// </summary>
internal static partial class GeneratedFiles
{
    /// <summary>A line at least this long (in characters) marks a minified or generated file...</summary>
    internal const int LongLine = 5_000;

    /// <summary>...when the file's lines are this long on average: hand-written code and wrapped prose are far below it.</summary>
    internal const int LongMeanLine = 500;

    /// <summary>Why a file with this name is generated or a licence, or null: decided before it is read.</summary>
    public static (bool Licence, string Why)? ByName(string fileName)
    {
        if (MinifiedName().IsMatch(fileName))
        {
            return (false, "minified (name)");
        }

        if (fileName.EndsWith(".map", StringComparison.OrdinalIgnoreCase))
        {
            return (false, "source map");
        }

        // A code file named like a licence (license.py) is code: only documents count as licence texts.
        return LicenceName().IsMatch(fileName) && !ArtifactKindInference.IsCode(fileName) ? (true, "licence text") : null;
    }

    /// <summary>Why this text is minified or generated (its longest line), or null when it reads as written by hand.</summary>
    public static string? ByContent(string text)
    {
        int lines = 1, longest = 0, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                longest = Math.Max(longest, i - start);
                start = i + 1;
                if (i < text.Length)
                {
                    lines++;
                }
            }
        }

        return longest >= LongLine && text.Length / lines >= LongMeanLine
            ? $"a line of {longest:N0} characters, {text.Length / lines:N0} on average"
            : null;
    }

    [GeneratedRegex(@"[.-]min\.(js|mjs|cjs|css)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinifiedName();

    // LICENSE, LICENCE, COPYING, NOTICE, alone or with a plain-text extension or a suffix (LICENSE-MIT, LICENSE.Apache-2.0.txt).
    [GeneratedRegex(@"^(licen[cs]e|copying|notice)([-._][\w.-]*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LicenceName();
}

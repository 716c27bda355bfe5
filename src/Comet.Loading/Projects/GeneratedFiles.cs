using System.Text.RegularExpressions;
using Comet.Loading.Files.Walking;

namespace Comet.Loading.Projects;

/// <summary>
/// Files in a repository that nobody writes or reads as prose or code, and that would otherwise take
/// candidate slots from every requirement: minified bundles and source maps (vendored jQuery, Bootstrap,
/// MathJax) and licence texts. Seen on a real repository: traced as it is, 10 of StrictDoc's 942 top-3
/// slots went to MathJax's licence and vendored bundles (docs/benchmarks.md, "What a new user meets").
/// </summary>
public static partial class GeneratedFiles
{
    /// <summary>A line at least this long (in characters) marks a minified or generated file...</summary>
    public const int LongLine = 5_000;

    /// <summary>...when the file's lines are this long on average: hand-written code and wrapped prose are far below it.</summary>
    public const int LongMeanLine = 500;

    /// <summary>Why a file with this name is skipped (generated or a licence), or null: decided before it is read.</summary>
    public static (SkipReason Reason, string Why)? ByName(string fileName)
    {
        if (MinifiedName().IsMatch(fileName))
        {
            return (SkipReason.Generated, "minified (name)");
        }

        if (fileName.EndsWith(".map", StringComparison.OrdinalIgnoreCase))
        {
            return (SkipReason.Generated, "source map");
        }

        // A code file named like a licence (license.py) is code: only documents count as licence texts.
        return LicenceName().IsMatch(fileName) && !ArtifactKindInference.IsCode(fileName) ? (SkipReason.Licence, "licence text") : null;
    }

    /// <summary>Why this text is minified or generated (its longest line), or null when it reads as written by hand.</summary>
    public static string? ByContent(string text)
    {
        // Lines split at '\n' only, as the Jenkins client's rule does, so both skip the same files.
        int lines = 1, longest = 0, start = 0;
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', start))
        {
            longest = Math.Max(longest, end - start);
            start = end + 1;
            lines++;
        }

        longest = Math.Max(longest, text.Length - start);

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

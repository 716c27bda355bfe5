using System.Globalization;
using Comet.Core;
using Comet.Core.Links;

namespace Comet.Evaluation.Reference;

/// <summary>
/// Reads COMET's ".tm" trace models: exactly 6 header lines starting with "# ", then one
/// "source target probability" line per pair, single-space separated. "nan" is read as NaN, which
/// <see cref="LinkOrder"/> ranks last. Every line is kept (TRIAD's reader drops the last one; we don't).
/// Bad input throws <see cref="CometInputException"/> naming file and line.
/// </summary>
public static class TraceModelReader
{
    public const int HeaderLines = 6;

    public static RankedLinks Read(string path, IdNormalisation source, IdNormalisation target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (!File.Exists(path))
        {
            throw new CometInputException($"Trace model not found: {path}");
        }

        var lines = File.ReadAllLines(path);
        for (var i = 0; i < HeaderLines; i++)
        {
            if (i >= lines.Length || !lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                throw new CometInputException($"{path}:{i + 1}: expected {HeaderLines} header lines starting with '# '.");
            }
        }

        var links = new List<ScoredLink>(lines.Length - HeaderLines);
        for (var i = HeaderLines; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                links.Add(ParseLink(lines[i], source, target, path, i + 1));
            }
        }

        return new RankedLinks(links);
    }

    private static ScoredLink ParseLink(string line, IdNormalisation source, IdNormalisation target, string path, int lineNumber)
    {
        var fields = line.Split(' ');
        if (fields.Length != 3)
        {
            throw new CometInputException($"{path}:{lineNumber}: expected 'source target probability', got '{line}'.");
        }

        var sourceId = source.TryApply(fields[0])
            ?? throw new CometInputException($"{path}:{lineNumber}: source id '{fields[0]}' does not fit the normalisation ({source}).");
        var targetId = target.TryApply(fields[1])
            ?? throw new CometInputException($"{path}:{lineNumber}: target id '{fields[1]}' does not fit the normalisation ({target}).");
        return new ScoredLink(sourceId, targetId, ParseProbability(fields[2], path, lineNumber));
    }

    private static double ParseProbability(string text, string path, int lineNumber)
    {
        if (string.Equals(text, "nan", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CometInputException($"{path}:{lineNumber}: '{text}' is not a probability.");
    }
}

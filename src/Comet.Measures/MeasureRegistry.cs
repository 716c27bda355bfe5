using Comet.Core;
using Comet.Measures.Combinations;
using Comet.Measures.Latent;
using Comet.Measures.Lexical;
using Comet.Measures.Topics;

namespace Comet.Measures;

/// <summary>Measures by command-line name. New measures register here and nowhere else.</summary>
public static class MeasureRegistry
{
    private static readonly Dictionary<string, Func<ISimilarityMeasure>> Factories = new(StringComparer.Ordinal)
    {
        ["vsm"] = () => new VsmMeasure(),
        ["lsi"] = () => new LsiMeasure(),
        ["js"] = () => new JensenShannonMeasure(),
        ["lda"] = () => new LdaMeasure(),
        ["nmf"] = () => new NmfMeasure(),
        ["bm25"] = () => new Bm25Measure(),

        // COMET's combinations: equal-weight average of the components' z-scores.
        ["vsm+lda"] = () => new CombinedMeasure("vsm", "lda"),
        ["js+lda"] = () => new CombinedMeasure("js", "lda"),
        ["vsm+nmf"] = () => new CombinedMeasure("vsm", "nmf"),
        ["js+nmf"] = () => new CombinedMeasure("js", "nmf"),
        ["vsm+js"] = () => new CombinedMeasure("vsm", "js"),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static ISimilarityMeasure Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        return Factories.TryGetValue(key, out var factory)
            ? factory()
            : throw new CometInputException($"unknown measure '{name}' (known: {string.Join(", ", Names)})");
    }

    /// <summary>Parses a comma-separated list such as "vsm,lsi"; duplicates are removed, order kept.</summary>
    public static IReadOnlyList<ISimilarityMeasure> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .ToArray();
        if (names.Length == 0)
        {
            throw new CometInputException("no measure given (known: " + string.Join(", ", Names) + ")");
        }

        return names.Select(Create).ToArray();
    }
}

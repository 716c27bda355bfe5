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

    /// <summary>
    /// The measure registered as <paramref name="name"/> (case-insensitive). Its matrix is computed once
    /// per <see cref="MeasureContext"/> and shared with combinations on the same context; every call to
    /// Compute returns a fresh copy.
    /// </summary>
    public static ISimilarityMeasure Create(string name)
    {
        var key = CanonicalName(name);
        return Factories.ContainsKey(key) ? new SharedResultMeasure(key) : throw Unknown(name);
    }

    /// <summary>A new instance of the registered measure, without result sharing.</summary>
    public static ISimilarityMeasure CreateUnshared(string name) =>
        Factories.TryGetValue(CanonicalName(name), out var factory) ? factory() : throw Unknown(name);

    private static string CanonicalName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }

    private static CometInputException Unknown(string name) =>
        new($"unknown measure '{name}' (known: {string.Join(", ", Names)})");

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

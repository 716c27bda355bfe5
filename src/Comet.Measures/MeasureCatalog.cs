using System.Collections.Frozen;
using Comet.Core;
using Comet.Measures.Bridging;
using Comet.Measures.Combinations;
using Comet.Measures.FineGrained;
using Comet.Measures.Identifiers;
using Comet.Measures.Latent;
using Comet.Measures.Lexical;
using Comet.Measures.Structure;
using Comet.Measures.Topics;

namespace Comet.Measures;

/// <summary>
/// The measures a run may use, by command-line name. Immutable: <see cref="With"/> returns a new
/// catalog, so a pipeline can own one built from its options and no process-wide table exists.
/// Measures that live in other projects (the embedding) register through <see cref="With"/> like the
/// textual ones.
/// </summary>
public sealed class MeasureCatalog
{
    private readonly FrozenDictionary<string, Func<ISimilarityMeasure>> _factories;
    private readonly string[] _names;

    private MeasureCatalog(IEnumerable<KeyValuePair<string, Func<ISimilarityMeasure>>> entries)
    {
        var list = entries.ToArray();
        _factories = list.ToFrozenDictionary(StringComparer.Ordinal);

        // Kept in registration order: error messages and help list the measures as registered.
        _names = [.. list.Select(e => e.Key)];
    }

    /// <summary>The textual measures of this project and COMET's combinations of them.</summary>
    /// <param name="cacheFolder">
    /// A cache folder (the CLI's --cache) where measures keep what a later run over the same text may
    /// reuse (LSI's document vectors of corpora from 300 documents on, <see cref="LatentCache"/>); null = nothing is kept.
    /// </param>
    /// <param name="log">Where measures with a cache say what they reused (LSI: cached, warm-started or full); null = silent.</param>
    /// <param name="lsiWarmStart">
    /// LSI above its dense limit may start from the project's last decomposition when at most 1% of the
    /// documents changed (<see cref="LsiMeasure.WarmStartShare"/>; needs <paramref name="cacheFolder"/>). Off
    /// by default: faster, but its scores differ from the full decomposition's.
    /// </param>
    public static MeasureCatalog Textual(string? cacheFolder = null, Action<string>? log = null, bool lsiWarmStart = false) => new(
    [
        Entry("vsm", () => new VsmMeasure()),
        Entry("lsi", () => new LsiMeasure(
            cache: cacheFolder is null ? null : new LatentCache(cacheFolder),
            warmStartShare: lsiWarmStart ? LsiMeasure.SuggestedWarmStartShare : 0,
            log: log)),
        Entry("js", () => new JensenShannonMeasure()),
        Entry("lda", () => new LdaMeasure()),
        Entry("nmf", () => new NmfMeasure()),
        Entry("bm25", () => new Bm25Measure()),

        // Evidence beyond whole-document similarity (issue 21): names of code mentioned in the source,
        // and sentence-to-method similarity.
        Entry("ident", () => new IdentifierMeasure()),
        Entry("fine", () => new FineGrainedMeasure()),

        // Words that stand together in both artifacts (issue 21, after TRIAD's consensual biterms).
        Entry("biterm", () => new BitermMeasure()),

        // Code structure (issue 21): how much a target's collaborators in the code graph resemble the source.
        Entry("structure", () => new StructureMeasure()),


        // COMET's combinations: equal-weight average of the components' z-scores.
        Entry("vsm+lda", () => new CombinedMeasure("vsm", "lda")),
        Entry("js+lda", () => new CombinedMeasure("js", "lda")),
        Entry("vsm+nmf", () => new CombinedMeasure("vsm", "nmf")),
        Entry("js+nmf", () => new CombinedMeasure("js", "nmf")),
        Entry("vsm+js", () => new CombinedMeasure("vsm", "js")),
    ]);

    public IReadOnlyList<string> Names => _names;

    /// <summary>This catalog plus <paramref name="name"/>; the factory runs once per <see cref="Create"/>.</summary>
    /// <exception cref="ArgumentException">The name is already registered.</exception>
    public MeasureCatalog With(string name, Func<ISimilarityMeasure> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var key = Canonical(name);
        return _factories.ContainsKey(key)
            ? throw new ArgumentException($"measure '{key}' is already in the catalog", nameof(name))
            : new MeasureCatalog([.. _names.Select(n => Entry(n, _factories[n])), Entry(key, factory)]);
    }

    public bool Contains(string name) => _factories.ContainsKey(Canonical(name));

    /// <summary>
    /// A new instance of the measure <paramref name="name"/> (case-insensitive). It shares nothing: to
    /// compute a measure once per run, ask the run's <see cref="MeasureContext.Measure"/>.
    /// </summary>
    public ISimilarityMeasure Create(string name) =>
        _factories.TryGetValue(Canonical(name), out var factory) ? factory() : throw Unknown(name);

    /// <summary>Validates names ("vsm", "LDA "): canonical lower case, duplicates removed, order kept; unknown ones fail before any work starts.</summary>
    public IReadOnlyList<string> Parse(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.Select(Canonical).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (list.Length == 0)
        {
            throw new CometInputException("no measure given (known: " + Known() + ")");
        }

        foreach (var name in list.Where(n => !_factories.ContainsKey(n)))
        {
            throw Unknown(name);
        }

        return list;
    }

    private static KeyValuePair<string, Func<ISimilarityMeasure>> Entry(string name, Func<ISimilarityMeasure> factory) => new(name, factory);

    internal static string Canonical(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }

    private string Known() => string.Join(", ", _names);

    private CometInputException Unknown(string name) => new($"unknown measure '{name}' (known: {Known()})");
}

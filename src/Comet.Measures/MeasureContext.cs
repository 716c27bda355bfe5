using System.Collections.Concurrent;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Preprocessing;

namespace Comet.Measures;

/// <summary>
/// What a measure gets: the task (raw artifacts) and its analysed corpus, computed once and shared, and
/// the run's <see cref="MeasureCatalog"/>. Matrices asked for by name (<see cref="Measure"/>) are
/// computed at most once per context: "lda", "vsm+lda" and "js+lda" on one task fit LDA (the slowest
/// measure) once. The cache lives exactly as long as the context, i.e. one run on one task.
/// </summary>
public sealed class MeasureContext
{
    private readonly ConcurrentDictionary<string, Lazy<SimilarityMatrix>> _results = new(StringComparer.Ordinal);

    /// <param name="catalog">Measures <see cref="Measure"/> may compute; null = <see cref="MeasureCatalog.Textual"/>.</param>
    /// <param name="analysis">The chain that built <paramref name="corpus"/>; null = the defaults for the task's languages.</param>
    public MeasureContext(
        TraceTask task, AnalyzedCorpus corpus, int seed = 42, MeasureCatalog? catalog = null, AnalysisOptions? analysis = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(corpus);
        if (corpus.Sources.Count != task.Sources.Count || corpus.Targets.Count != task.Targets.Count)
        {
            throw new ArgumentException("The analysed corpus does not belong to this task.", nameof(corpus));
        }

        Task = task;
        Corpus = corpus;
        Seed = seed;
        Cancellation = cancellation;
        Catalog = catalog ?? MeasureCatalog.Textual();
        Analysis = analysis ?? new AnalysisOptions { Languages = task.Languages };
    }

    public TraceTask Task { get; }

    public AnalyzedCorpus Corpus { get; }

    /// <summary>Seed for stochastic measures; the same seed gives the same matrix.</summary>
    public int Seed { get; }

    public CancellationToken Cancellation { get; }

    public MeasureCatalog Catalog { get; }

    /// <summary>
    /// Settings of the chain that analysed <see cref="Corpus"/>, for measures that analyse parts of
    /// artifacts themselves (sentences, code blocks) and must get the same terms.
    /// </summary>
    public AnalysisOptions Analysis { get; }

    /// <summary>An empty matrix shaped for this task.</summary>
    public SimilarityMatrix NewMatrix() =>
        new([.. Task.Sources.Ids], [.. Task.Targets.Ids]);

    /// <summary>
    /// The catalog's measure <paramref name="name"/> on this context, computed at most once per context;
    /// every call returns its own copy, so callers may change it.
    /// </summary>
    public SimilarityMatrix Measure(string name)
    {
        var shared = Shared(name);
        return new SimilarityMatrix(shared.SourceIds, shared.TargetIds, shared.Values.ToArray());
    }

    /// <summary>The cached matrix itself, for measures built on others (combinations), which must not change it.</summary>
    internal SimilarityMatrix Shared(string name)
    {
        // Created before the lookup so that an unknown name fails here and is never cached.
        var measure = Catalog.Create(name);

        // Lazy, not GetOrAdd's factory alone: two threads asking for the same measure must not both compute it.
        return _results.GetOrAdd(MeasureCatalog.Canonical(name), _ => new Lazy<SimilarityMatrix>(() => measure.Compute(this))).Value;
    }
}

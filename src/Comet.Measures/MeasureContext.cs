using Comet.Core.Tasks;
using Comet.Preprocessing;

namespace Comet.Measures;

/// <summary>What a measure gets: the task (raw artifacts) and its analysed corpus, computed once and shared.</summary>
public sealed class MeasureContext
{
    public MeasureContext(TraceTask task, AnalyzedCorpus corpus, int seed = 42, CancellationToken cancellation = default)
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
    }

    public TraceTask Task { get; }

    public AnalyzedCorpus Corpus { get; }

    /// <summary>Seed for stochastic measures; the same seed gives the same matrix.</summary>
    public int Seed { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>An empty matrix shaped for this task.</summary>
    public Comet.Core.Similarity.SimilarityMatrix NewMatrix() =>
        new([.. Task.Sources.Ids], [.. Task.Targets.Ids]);
}

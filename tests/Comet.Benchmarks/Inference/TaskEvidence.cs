using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Measures;
using Comet.Pipeline.Modelling;
using Comet.Preprocessing;

namespace Comet.Benchmarks.Inference;

/// <summary>Throwaway glue: a loaded task's measures, chains and source-source similarity as <see cref="LinkEvidence"/>.</summary>
internal static class TaskEvidence
{
    private const int Seed = 42;

    public static LinkEvidence Build(TraceTask task, IReadOnlyList<string> measures, bool withPaths)
    {
        var evidence = new LinkEvidence([.. task.Sources.Ids], [.. task.Targets.Ids], Measure(task, measures));

        // The chains exactly as a trace builds them, so the harness measures what the product does.
        return withPaths
            ? TransitiveEvidence.Add(evidence, task, measures, Analysis(task), Seed, MeasureCatalog.Textual())
            : evidence;
    }

    private static Dictionary<string, SimilarityMatrix> Measure(TraceTask task, IReadOnlyList<string> names)
    {
        using var analyzer = new TextAnalyzer(Analysis(task));
        var context = new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer), Seed);
        return names.ToDictionary(n => n, context.Measure, StringComparer.Ordinal);
    }

    private static AnalysisOptions Analysis(TraceTask task) => new() { Languages = task.Languages };
}

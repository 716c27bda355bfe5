using Comet.Core.Artifacts;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Benchmarks.Inference;

/// <summary>Throwaway glue: a loaded task's measures, chains and source-source similarity as <see cref="LinkEvidence"/>.</summary>
internal static class TaskEvidence
{
    public static LinkEvidence Build(TraceTask task, IReadOnlyList<string> measures, bool withPaths)
    {
        var direct = Measure(task, task.Sources, task.Targets, measures);
        var evidence = new LinkEvidence([.. task.Sources.Ids], [.. task.Targets.Ids], direct);
        if (!withPaths)
        {
            return evidence;
        }

        var known = task.KnownLinks.Values.SelectMany(l => l).ToArray();
        var chains = task.Intermediates
            .Select(set => new IntermediateChain(set.Name, Measure(task, task.Sources, set, measures), new Dictionary<string, SimilarityMatrix>(), known))
            .Select(c => c.KnownIntermediateLinks.Count > 0 ? c : c with { IntermediateToTarget = Measure(task, task.Intermediates.First(i => i.Name == c.Name), task.Targets, measures) })
            .ToArray();
        return new LinkEvidence(evidence.SourceIds, evidence.TargetIds, direct)
        {
            Chains = chains,
            SourceToSource = Measure(task, task.Sources, task.Sources, measures),
        };
    }

    public static Dictionary<string, SimilarityMatrix> Measure(TraceTask task, ArtifactSet sources, ArtifactSet targets, IReadOnlyList<string> names)
    {
        var sub = new TraceTask { Id = task.Id, Sources = sources, Targets = targets, Languages = task.Languages };
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        var corpus = AnalyzedCorpus.Build(sources, targets, analyzer);
        var context = new MeasureContext(sub, corpus);
        return names.ToDictionary(n => n, context.Measure, StringComparer.Ordinal);
    }
}

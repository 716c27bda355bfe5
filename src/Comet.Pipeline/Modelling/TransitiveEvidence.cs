using Comet.Core.Artifacts;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// Transitive evidence a real project has: requirement -> intermediate (e.g. test) similarities, the
/// intermediate -> target hop as known links (execution traces) when the task keeps them, else as
/// similarities, and requirement -> requirement similarities. Gold links never enter here.
/// </summary>
public static class TransitiveEvidence
{
    /// <param name="catalog">The run's measures (the pipeline's own catalog), in which <paramref name="measures"/> are named.</param>
    public static LinkEvidence Add(
        LinkEvidence direct, TraceTask task, IReadOnlyList<string> measures, AnalysisOptions analysis, int seed, MeasureCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(direct);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(catalog);
        var known = task.KnownLinks.Values.SelectMany(l => l).ToArray();
        var chains = new List<IntermediateChain>();
        foreach (var intermediate in task.Intermediates)
        {
            var toIntermediate = Measure(task, task.Sources, intermediate, measures, analysis, seed, catalog);
            var knownHere = known.Where(l => intermediate.Contains(l.SourceId) && task.Targets.Contains(l.TargetId)).ToArray();
            chains.Add(knownHere.Length > 0
                ? IntermediateChain.WithKnownLinks(intermediate.Name, toIntermediate, knownHere)
                : new IntermediateChain(intermediate.Name, toIntermediate, Measure(task, intermediate, task.Targets, measures, analysis, seed, catalog), []));
        }

        return new LinkEvidence(direct.SourceIds, direct.TargetIds, direct.Measures)
        {
            Feedback = direct.Feedback,
            Content = direct.Content,
            Chains = chains,
            TargetGraph = direct.TargetGraph,
            SourceToSource = Measure(task, task.Sources, task.Sources, measures, analysis, seed, catalog),
        };
    }

    private static Dictionary<string, SimilarityMatrix> Measure(
        TraceTask task, ArtifactSet rows, ArtifactSet columns, IReadOnlyList<string> measures, AnalysisOptions analysis, int seed, MeasureCatalog catalog)
    {
        var sub = new TraceTask { Id = task.Id, Sources = rows, Targets = columns, Languages = task.Languages };
        using var analyzer = new TextAnalyzer(analysis);
        var context = new MeasureContext(sub, AnalyzedCorpus.Build(rows, columns, analyzer), seed, catalog: catalog, analysis: analysis);
        return measures.ToDictionary(m => m, context.Measure, StringComparer.Ordinal);
    }
}

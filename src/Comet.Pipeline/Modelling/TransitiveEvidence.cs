using Comet.Core.Artifacts;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Inference.Evidence;
using Comet.Measures;
using Comet.Measures.Embeddings;
using Comet.Pipeline.Measuring;
using Comet.Preprocessing;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// Transitive evidence a real project has: requirement -> intermediate (e.g. test) similarities, the
/// intermediate -> target hop as known links (execution traces) when the task keeps them, else as
/// similarities, and requirement -> requirement similarities. Gold links never enter here.
/// </summary>
public static class TransitiveEvidence
{
    /// <param name="embedding">Settings of the embedding measure (cache folder, progress); null = its defaults.</param>
    public static LinkEvidence Add(
        LinkEvidence direct, TraceTask task, IReadOnlyList<string> measures, AnalysisOptions analysis, int seed, EmbeddingOptions? embedding = null)
    {
        ArgumentNullException.ThrowIfNull(direct);
        ArgumentNullException.ThrowIfNull(task);
        var known = task.KnownLinks.Values.SelectMany(l => l).ToArray();
        var chains = new List<IntermediateChain>();
        foreach (var intermediate in task.Intermediates)
        {
            var toIntermediate = Measure(task, task.Sources, intermediate, measures, analysis, seed, embedding);
            var knownHere = known.Where(l => intermediate.Contains(l.SourceId) && task.Targets.Contains(l.TargetId)).ToArray();
            chains.Add(knownHere.Length > 0
                ? IntermediateChain.WithKnownLinks(intermediate.Name, toIntermediate, knownHere)
                : new IntermediateChain(intermediate.Name, toIntermediate, Measure(task, intermediate, task.Targets, measures, analysis, seed, embedding), []));
        }

        return new LinkEvidence(direct.SourceIds, direct.TargetIds, direct.Measures)
        {
            Feedback = direct.Feedback,
            Content = direct.Content,
            Chains = chains,
            SourceToSource = Measure(task, task.Sources, task.Sources, measures, analysis, seed, embedding),
        };
    }

    private static Dictionary<string, SimilarityMatrix> Measure(
        TraceTask task, ArtifactSet rows, ArtifactSet columns, IReadOnlyList<string> measures, AnalysisOptions analysis, int seed, EmbeddingOptions? embedding)
    {
        var sub = new TraceTask { Id = task.Id, Sources = rows, Targets = columns, Languages = task.Languages };
        using var analyzer = new TextAnalyzer(analysis);
        var context = new MeasureContext(sub, AnalyzedCorpus.Build(rows, columns, analyzer), seed);
        return measures.ToDictionary(m => m, m => PipelineMeasures.Create(m, embedding).Compute(context), StringComparer.Ordinal);
    }
}

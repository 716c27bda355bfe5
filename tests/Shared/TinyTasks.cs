using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.TestSupport;

/// <summary>
/// Tiny tasks built in memory, and a measure context over one. Compiled into the measure tests, the
/// embedding measures' tests and the pipeline's contract tests (a linked file); the latter pass the pipeline's catalog.
/// </summary>
internal static class TinyTasks
{
    public static TraceTask Task(string[] sources, string[] targets, string language = "en") => new()
    {
        Id = "fixture",
        Sources = new ArtifactSet("sources", sources.Select((t, i) => new Artifact($"S{i}", ArtifactKind.Requirement, t, null, language))),
        Targets = new ArtifactSet("targets", targets.Select((t, i) => new Artifact($"T{i}", ArtifactKind.Source, t, null, language))),
        Languages = [language],
    };

    /// <param name="catalog">Measures the context may compute; null = the textual catalog.</param>
    public static MeasureContext Context(TraceTask task, int seed = 42, MeasureCatalog? catalog = null, CancellationToken cancellation = default)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        return new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer), seed, catalog: catalog, cancellation: cancellation);
    }

    public static MeasureContext Context(string[] sources, string[] targets, string language = "en", MeasureCatalog? catalog = null) =>
        Context(Task(sources, targets, language), catalog: catalog);
}

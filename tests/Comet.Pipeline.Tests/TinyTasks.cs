using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Pipeline.Tests;

/// <summary>Tiny tasks built in memory, measured with a given catalog.</summary>
internal static class TinyTasks
{
    public static TraceTask Task(string[] sources, string[] targets, string language = "en") => new()
    {
        Id = "fixture",
        Sources = new ArtifactSet("sources", sources.Select((t, i) => new Artifact($"S{i}", ArtifactKind.Requirement, t, null, language))),
        Targets = new ArtifactSet("targets", targets.Select((t, i) => new Artifact($"T{i}", ArtifactKind.Source, t, null, language))),
        Languages = [language],
    };

    public static MeasureContext Context(MeasureCatalog catalog, TraceTask task, int seed = 42)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        return new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer), seed, catalog: catalog);
    }

    public static MeasureContext Context(MeasureCatalog catalog, string[] sources, string[] targets, string language = "en") =>
        Context(catalog, Task(sources, targets, language));
}

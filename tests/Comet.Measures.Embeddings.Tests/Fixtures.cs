using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>Tiny tasks built in memory, as in the lexical measures' tests.</summary>
internal static class Fixtures
{
    public static TraceTask Task(string[] sources, string[] targets, string language = "en") => new()
    {
        Id = "fixture",
        Sources = new ArtifactSet("sources", sources.Select((t, i) => new Artifact($"S{i}", ArtifactKind.Requirement, t, null, language))),
        Targets = new ArtifactSet("targets", targets.Select((t, i) => new Artifact($"T{i}", ArtifactKind.Source, t, null, language))),
        Languages = [language],
    };

    public static MeasureContext Context(TraceTask task, CancellationToken cancellation = default)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        return new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer), cancellation: cancellation);
    }

    public static MeasureContext Context(string[] sources, string[] targets, string language = "en") =>
        Context(Task(sources, targets, language));
}

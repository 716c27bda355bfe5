using Comet.Core.Tasks;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Benchmarks.Embeddings;

/// <summary>A benchmark task and the measure context the pipeline would give the embedding measure.</summary>
internal sealed record EmbeddingTask(TraceTask Task, MeasureContext Context)
{
    public static EmbeddingTask Load(string id)
    {
        var task = DatasetCatalog.Default.Load(id, DataRoot.Resolve(null));
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        return new EmbeddingTask(task, new MeasureContext(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer)));
    }

    /// <summary>Every benchmark task of the catalog, in catalog order.</summary>
    public static IReadOnlyList<string> AllIds() =>
        [.. DatasetCatalog.Default.BenchmarkIds];

    public int ArtifactCount => Task.Sources.Count + Task.Targets.Count;
}

using Comet.Core.Tasks;
using Comet.Loading.Catalog;
using Comet.Measures;
using Comet.Preprocessing;

namespace Comet.Benchmarks.Measures;

/// <summary>A benchmark task with its analysed corpus, ready for measures.</summary>
internal sealed record LoadedTask(TraceTask Task, AnalyzedCorpus Corpus)
{
    public static LoadedTask Load(string id)
    {
        var task = DatasetCatalog.Default.Load(id);
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        return new LoadedTask(task, AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer));
    }

    /// <summary>Every benchmark task in the catalog, in catalog order.</summary>
    public static IReadOnlyList<string> AllIds() =>
        [.. DatasetCatalog.Default.BenchmarkIds];

    public MeasureContext Context(int seed = 42) => new(Task, Corpus, seed);
}

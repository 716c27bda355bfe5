using Comet.VectorSearch;
using Comet.VectorSearch.Hnsw;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>USearch HNSW at two settings: build time, queries per second, recall@k against exact.</summary>
internal static class HnswSection
{
    private static readonly HnswSettings[] Settings =
    [
        new HnswSettings(), // USearch defaults: M=16, efAdd=128, ef=64
        new HnswSettings { Connectivity = 32, ExpansionAdd = 256, ExpansionSearch = 256 },
    ];

    public static void Run(BenchmarkArguments arguments, BenchmarkData data, TopKResult exact)
    {
        Report.Section("HNSW (USearch)");
        foreach (var settings in Settings)
        {
            var (index, build) = Report.Time(() => new HnswSearch(data.Corpus, settings));
            using (index)
            {
                index.TopK(data.FirstQueries(16), arguments.K);
                var (found, elapsed) = Report.Time(() => index.TopK(data.Queries, arguments.K));
                var recall = Recall.AtK(exact, found);
                Report.Line($"{index.BackendName}: build {build.TotalSeconds:F1} s; {arguments.Queries / elapsed.TotalSeconds:F0} queries/s; recall@{arguments.K} = {recall:F4}");
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Comet.Evaluation.Metrics;
using Comet.Measures.Embeddings;
using Comet.Measures.Embeddings.Text;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// Chunk size against AP / MAP on the tasks whose artifacts are longer than one chunk: "head" is
/// no chunking (one window of 384 words: the model reads the first 512 word pieces), the others
/// are windows of 64 / 128 / 256 words with a quarter overlap; each with max and mean aggregation.
/// </summary>
internal static class ChunkingSection
{
    public static readonly IReadOnlyList<string> LongArtifactTasks =
        ["LibEST/req-code", "LibEST/req-test", "EBT/req-code", "eTour_en", "EasyClinic/UC-CC", "EasyClinic/ID-CC", "eANCI_ftlr/en", "CM1-NASA"];

    private static readonly (string Name, ChunkingOptions Chunking)[] Sizes =
    [
        ("head", new ChunkingOptions { MaxWords = 384, OverlapWords = 0, MaxChunksPerArtifact = 1 }),
        ("64", new ChunkingOptions { MaxWords = 64, OverlapWords = 16, MaxChunksPerArtifact = 128 }),
        ("128", new ChunkingOptions()),
        ("256", new ChunkingOptions { MaxWords = 256, OverlapWords = 64, MaxChunksPerArtifact = 32 }),
    ];

    private static readonly ChunkAggregation[] Aggregations = [ChunkAggregation.Max, ChunkAggregation.Mean, ChunkAggregation.TopKMean];

    public static void Run(IReadOnlyList<string> taskIds, string? cache)
    {
        var columns = Sizes.SelectMany(s => Aggregations.Select(a => $"{s.Name} {a}")).ToArray();
        Console.WriteLine($"| task | {string.Join(" | ", columns)} |");
        Console.WriteLine($"|---|{string.Concat(columns.Select(_ => "---|"))}");
        var sums = new double[columns.Length, 2];
        var seconds = new double[Sizes.Length];
        foreach (var id in taskIds)
        {
            var task = EmbeddingTask.Load(id);
            var cells = new List<string>();
            for (var s = 0; s < Sizes.Length; s++)
            {
                for (var a = 0; a < Aggregations.Length; a++)
                {
                    var clock = Stopwatch.StartNew();
                    var options = new EmbeddingOptions { Chunking = Sizes[s].Chunking, Aggregation = Aggregations[a], CacheFolder = cache };
                    var metrics = Evaluator.Evaluate(new EmbeddingMeasure(options).Compute(task.Context), task.Task.Gold);
                    seconds[s] += a == 0 ? clock.Elapsed.TotalSeconds : 0;
                    var column = (s * Aggregations.Length) + a;
                    sums[column, 0] += metrics.AveragePrecision;
                    sums[column, 1] += metrics.MeanAveragePrecision;
                    cells.Add(string.Create(CultureInfo.InvariantCulture, $"{100 * metrics.AveragePrecision:F1} / {100 * metrics.MeanAveragePrecision:F1}"));
                }
            }

            Console.WriteLine($"| {id} | {string.Join(" | ", cells)} |");
        }

        var n = taskIds.Count;
        Console.WriteLine($"| **mean** | {string.Join(" | ", Enumerable.Range(0, columns.Length).Select(c => string.Create(CultureInfo.InvariantCulture, $"{100 * sums[c, 0] / n:F1} / {100 * sums[c, 1] / n:F1}")))} |");
        Console.WriteLine();
        Console.WriteLine(string.Join("; ", Sizes.Select((s, i) => string.Create(CultureInfo.InvariantCulture, $"{s.Name}: {seconds[i]:F1} s"))) + " (first aggregation of each size, includes encoding of cache misses)");
    }
}

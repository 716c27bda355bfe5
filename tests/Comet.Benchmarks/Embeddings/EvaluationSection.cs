using System.Diagnostics;
using System.Globalization;
using Comet.Evaluation.Metrics;
using Comet.Measures.Embeddings;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// AP / MAP (%) of the embedding measure with each chunk aggregation on every task, beside VSM's
/// committed numbers; the first variant pays for encoding (cold cache), the others read the cache.
/// </summary>
internal static class EvaluationSection
{
    private static readonly (string Name, EmbeddingOptions Options)[] Variants =
    [
        ("max", new EmbeddingOptions { Aggregation = ChunkAggregation.Max }),
        ("mean", new EmbeddingOptions { Aggregation = ChunkAggregation.Mean }),
        ("top3", new EmbeddingOptions { Aggregation = ChunkAggregation.TopKMean, TopK = 3 }),
        ("top5", new EmbeddingOptions { Aggregation = ChunkAggregation.TopKMean, TopK = 5 }),
    ];

    public static void Run(IReadOnlyList<string> taskIds, string? cache)
    {
        var vsm = VsmBaseline.Load();
        Console.WriteLine($"| task | vsm | {string.Join(" | ", Variants.Select(v => v.Name))} | seconds (first variant) |");
        Console.WriteLine($"|---|---|{string.Concat(Variants.Select(_ => "---|"))}---:|");
        var sums = new double[Variants.Length + 1, 2];
        var wins = new int[Variants.Length];
        var total = Stopwatch.StartNew();
        var measureSeconds = 0.0;
        foreach (var id in taskIds)
        {
            var task = EmbeddingTask.Load(id);
            var baseline = vsm.TryGetValue(id, out var v) ? v : (double.NaN, double.NaN);
            var cells = new List<string> { Cell(baseline.Item1, baseline.Item2) };
            Add(sums, 0, baseline.Item1, baseline.Item2);
            var firstSeconds = 0.0;
            for (var k = 0; k < Variants.Length; k++)
            {
                var clock = Stopwatch.StartNew();
                var matrix = new EmbeddingMeasure(Variants[k].Options with { CacheFolder = cache }).Compute(task.Context);
                if (k == 0)
                {
                    firstSeconds = clock.Elapsed.TotalSeconds;
                    measureSeconds += firstSeconds;
                }

                var metrics = Evaluator.Evaluate(matrix, task.Task.Gold);
                cells.Add(Cell(metrics.AveragePrecision, metrics.MeanAveragePrecision));
                Add(sums, k + 1, metrics.AveragePrecision, metrics.MeanAveragePrecision);
                wins[k] += metrics.AveragePrecision > baseline.Item1 ? 1 : 0;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {id} | {string.Join(" | ", cells)} | {firstSeconds:F1} |"));
        }

        var n = taskIds.Count;
        var means = Enumerable.Range(0, Variants.Length + 1).Select(k => Cell(sums[k, 0] / n, sums[k, 1] / n));
        Console.WriteLine($"| **mean of {n} tasks** | {string.Join(" | ", means)} | |");
        Console.WriteLine($"| tasks where AP beats VSM | | {string.Join(" | ", wins)} | |");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Embedding measure (first variant, includes encoding of cache misses): {measureSeconds:F1} s over {n} tasks; whole run {total.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores."));
    }

    private static void Add(double[,] sums, int k, double ap, double map)
    {
        sums[k, 0] += ap;
        sums[k, 1] += map;
    }

    private static string Cell(double ap, double map) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 * ap:F1} / {100 * map:F1}");
}

using System.Diagnostics;
using System.Globalization;
using Comet.Evaluation.Metrics;
using Comet.Measures.Embeddings;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// The whole embedding measure on real tasks with the cache off (every chunk encoded, the way a cold
/// run pays), once with the encoder as it was and once with <see cref="MiniLmEncoder"/>, alternating
/// in one process; prints both times, their ratio and both APs (equal vectors must give equal AP).
/// </summary>
internal static class WholeTaskSection
{
    public static void Run(IReadOnlyList<string> taskIds)
    {
        using var package = new PackageMiniLmEncoder();
        using var encoder = new MiniLmEncoder();
        var options = new EmbeddingOptions { UseCache = false };
        Console.WriteLine("| task | chunks | before s | after s | speed-up | AP before | AP after | load |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        double beforeTotal = 0, afterTotal = 0;
        foreach (var id in taskIds)
        {
            var task = EmbeddingTask.Load(id);
            var (beforeSeconds, beforeAp, chunks) = Time(new EmbeddingMeasure(options, () => package), task);
            var (afterSeconds, afterAp, _) = Time(new EmbeddingMeasure(options, () => encoder), task);
            beforeTotal += beforeSeconds;
            afterTotal += afterSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {id} | {chunks} | {beforeSeconds:F1} | {afterSeconds:F1} | {beforeSeconds / afterSeconds:F2}x | {beforeAp:F4} | {afterAp:F4} | {LoadAverage()} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** | | {beforeTotal:F1} | {afterTotal:F1} | {beforeTotal / afterTotal:F2}x | | | |"));
    }

    private static (double Seconds, double Ap, int Chunks) Time(EmbeddingMeasure measure, EmbeddingTask task)
    {
        var clock = Stopwatch.StartNew();
        var matrix = measure.Compute(task.Context);
        var seconds = clock.Elapsed.TotalSeconds;
        var chunker = new TextChunker(new ChunkingOptions());
        var chunks = task.Task.Sources.Concat(task.Task.Targets).Sum(a => chunker.Chunk(a.Text).Count);
        return (seconds, Evaluator.Evaluate(matrix, task.Task.Gold).AveragePrecision, chunks);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "load unknown";
}

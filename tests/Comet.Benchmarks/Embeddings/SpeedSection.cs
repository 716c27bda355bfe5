using System.Diagnostics;
using System.Globalization;
using Comet.Measures.Embeddings;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;

namespace Comet.Benchmarks.Embeddings;

/// <summary>Model load time and encoding throughput, cold (empty cache) and warm, on CCHIT and TeaStore.</summary>
internal static class SpeedSection
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        _ = SharedMiniLm.Instance;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Model load (all-MiniLM-L6-v2 from the package's embedded ONNX file): {clock.Elapsed.TotalSeconds:F2} s; {Environment.ProcessorCount} cores, {LoadAverage()}"));
        Console.WriteLine();
        Console.WriteLine("| task | artifacts | chunks | run | seconds | artifacts/s | chunks/s | machine |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---|");
        foreach (var id in new[] { "CCHIT", "TeaStore" })
        {
            Measure(EmbeddingTask.Load(id));
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "load average unknown";

    private static void Measure(EmbeddingTask task)
    {
        var chunker = new TextChunker(new ChunkingOptions());
        var uncapped = new TextChunker(new ChunkingOptions { MaxChunksPerArtifact = int.MaxValue });
        var artifacts = task.Task.Sources.Concat(task.Task.Targets).ToArray();
        var chunks = artifacts.Sum(a => chunker.Chunk(a.Text).Count);
        var capped = artifacts.Select(a => uncapped.Chunk(a.Text).Count).Where(n => n > new ChunkingOptions().MaxChunksPerArtifact).ToArray();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{task.Task.Id}: {chunks} chunks; {capped.Length} artifacts over the chunk cap (they had {capped.Sum()} chunks)"));
        var folder = Path.Combine(Path.GetTempPath(), "comet-embedding-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var measure = new EmbeddingMeasure(new EmbeddingOptions { CacheFolder = folder });
            foreach (var run in new[] { "cold cache", "warm cache" })
            {
                var clock = Stopwatch.StartNew();
                measure.Compute(task.Context);
                var seconds = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {task.Task.Id} | {task.ArtifactCount} | {chunks} | {run} | {seconds:F2} | {task.ArtifactCount / seconds:F1} | {chunks / seconds:F1} | {LoadAverage()} |"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using System.Globalization;
using Comet.Benchmarks.Embeddings;
using Comet.Measures.Embeddings;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;

namespace Comet.Benchmarks.Scaling;

/// <summary>
/// What a cold trace of a synthetic project has to encode, and the least time that can take on this
/// machine: the default chunking's distinct chunks of every file (both folders), their MiniLM word
/// pieces, the model's FLOP on them (<see cref="MiniLmFlops"/>) and the time those FLOP need at the
/// GEMM rate measured now in this process (the encoder's ceiling: it runs at about 95% of it).
/// </summary>
internal static class EncodingCensus
{
    public static void Print(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                             .Where(f => f.Contains($"{Path.DirectorySeparatorChar}requirements{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                      || f.Contains($"{Path.DirectorySeparatorChar}code{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                             .ToArray();
        Print([.. files.Select(File.ReadAllText)], "files");
    }

    /// <summary>
    /// The same census over every benchmark task's artifacts (`trace-scaling census --benchmarks`):
    /// what a cold `embeddings eval` encodes (a chunk shared by two tasks is encoded once, as there),
    /// so its measured seconds give the encoder's rate in FLOP/s on that machine.
    /// </summary>
    public static void PrintBenchmarks() =>
        Print([.. EmbeddingTask.AllIds().Select(EmbeddingTask.Load).SelectMany(t => t.Task.Sources.Concat(t.Task.Targets)).Select(a => a.Text)], "benchmark artifacts (all tasks)");

    private static void Print(IReadOnlyList<string> texts, string what)
    {
        var chunker = new TextChunker(new EmbeddingOptions().Chunking);
        var chunks = texts.SelectMany(chunker.Chunk).ToArray();
        var distinct = chunks.Distinct(StringComparer.Ordinal).ToArray();
        int[] lengths;
        using (var probe = new MiniLmEncoder())
        {
            lengths = [.. distinct.Select(t => probe.Tokenize(t).Length)];
        }

        var flops = lengths.Sum(MiniLmFlops.PerSequence);
        var gemm = ThroughputSection.GemmGflops();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# census: {texts.Count} {what}, {chunks.Length} chunks ({chunks.Length / (double)texts.Count:F2} each), {distinct.Length} distinct; " +
            $"{lengths.Sum()} word pieces (mean {lengths.Average():F0}, max {lengths.Max()}); model {flops / 1e12:F2} TFLOP; " +
            $"GEMM now {gemm:F1} GFLOP/s, so at least {flops / 1e9 / gemm:F0} s of encoding at the GEMM rate; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }
}

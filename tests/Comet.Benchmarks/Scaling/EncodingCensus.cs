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
        var chunker = new TextChunker(new EmbeddingOptions().Chunking);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                             .Where(f => f.Contains($"{Path.DirectorySeparatorChar}requirements{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                      || f.Contains($"{Path.DirectorySeparatorChar}code{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                             .ToArray();
        var chunks = files.SelectMany(f => chunker.Chunk(File.ReadAllText(f))).ToArray();
        var distinct = chunks.Distinct(StringComparer.Ordinal).ToArray();
        int[] lengths;
        using (var probe = new MiniLmEncoder())
        {
            lengths = [.. distinct.Select(t => probe.Tokenize(t).Length)];
        }

        var flops = lengths.Sum(MiniLmFlops.PerSequence);
        var gemm = ThroughputSection.GemmGflops();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# census: {files.Length} files, {chunks.Length} chunks ({chunks.Length / (double)files.Length:F2} per file), {distinct.Length} distinct; " +
            $"{lengths.Sum()} word pieces (mean {lengths.Average():F0}, max {lengths.Max()}); model {flops / 1e12:F2} TFLOP; " +
            $"GEMM now {gemm:F1} GFLOP/s, so at least {flops / 1e9 / gemm:F0} s of encoding at the GEMM rate; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    }
}

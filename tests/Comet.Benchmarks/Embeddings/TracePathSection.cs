using System.Diagnostics;
using System.Globalization;
using Comet.Measures.Embeddings;
using Comet.Measures.Embeddings.Caching;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// `embeddings paths --folder DIR [--limit N] [--rounds R]`: why a cold trace encodes slower than the
/// benchmark's encoder rows (issue 20, session 13). The same distinct chunks of a written project
/// (`trace-scaling write DIR 5000`) go (a) to the encoder in one call, as `throughput` times it, and
/// (b) through <see cref="CachingEncoder"/> without a cache, which is how the measure (and so `comet
/// trace` and `embeddings eval`) calls it: in slices of at most 64 texts or 16k characters. Rounds are
/// interleaved; each row prints the encoder's own counters (model calls' padding, texts per call).
/// </summary>
internal static class TracePathSection
{
    public static void Run(string folder, int limit, int rounds)
    {
        var texts = SampleChunks(folder, limit);
        using var encoder = new MiniLmEncoder();
        var lengths = texts.Select(t => encoder.Tokenize(t).Length).ToArray();
        var flops = lengths.Sum(MiniLmFlops.PerSequence);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sample: {texts.Count} distinct chunks of {folder}, {lengths.Sum()} word pieces (mean {lengths.Average():F0}, max {lengths.Max()}); model {flops / 1e9:F1} GFLOP; settings {new MiniLmSettings()}"));
        encoder.Encode(texts.Take(4).ToArray(), default);

        var paths = new (string Name, Func<float[][]> Encode)[]
        {
            ("one Encode call (throughput's path)", () => encoder.Encode(texts, default)),
            ("CachingEncoder slices, no cache (the measure's path)", () => new CachingEncoder(encoder, null).Encode(texts, default)),
        };
        var counted = new BertOnnxEncoder[] { encoder, encoder };
        var cpu = paths.Select(_ => new List<double>()).ToArray();
        var seconds = paths.Select(_ => new List<double>()).ToArray();
        var counters = new EncoderStatistics[paths.Length];
        var vectors = new float[paths.Length][][];
        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < paths.Length; p++)
            {
                var before = counted[p].Statistics;
                var clock = Stopwatch.StartNew();
                var processor = Process.GetCurrentProcess().TotalProcessorTime;
                vectors[p] = paths[p].Encode();
                seconds[p].Add(clock.Elapsed.TotalSeconds);
                cpu[p].Add((Process.GetCurrentProcess().TotalProcessorTime - processor).TotalSeconds);
                counters[p] = counted[p].Statistics.Minus(before);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: {string.Join(", ", seconds.Select(s => s[^1].ToString("F2", CultureInfo.InvariantCulture)))} s; load {LoadAverage()}"));
        }

        Console.WriteLine("| path | median s | median CPU s | chunks/s | GFLOP/s | padding computed | max abs deviation from one call (after fp16 rounding) | least cosine to it |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (var p = 0; p < paths.Length; p++)
        {
            var median = seconds[p].Order().ElementAt(seconds[p].Count / 2);
            var padded = counters[p].PaddedTokens;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {paths[p].Name} | {median:F2} | {cpu[p].Order().ElementAt(cpu[p].Count / 2):F2} | {texts.Count / median:F1} | {flops / median / 1e9:F1} | {100.0 * (padded - counters[p].Tokens) / padded:F1}% | {MaxDeviation(vectors[0], vectors[p]):E1} | {LeastCosine(vectors[0], vectors[p]):F5} |"));
        }

        Console.WriteLine($"load {LoadAverage()} at the end");
    }

    /// <summary>Distinct default chunks of the project's files, seeded random order, at most <paramref name="limit"/>.</summary>
    private static List<string> SampleChunks(string folder, int limit)
    {
        var chunker = new TextChunker(new EmbeddingOptions().Chunking);
        var distinct = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}cache{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                                .Order(StringComparer.Ordinal)
                                .SelectMany(f => chunker.Chunk(File.ReadAllText(f)))
                                .Distinct(StringComparer.Ordinal)
                                .ToList();
        var random = new Random(20);
        return [.. distinct.OrderBy(_ => random.Next()).Take(limit)];
    }

    /// <summary>Largest component difference once both are rounded as the cache stores them.</summary>
    private static double MaxDeviation(float[][] reference, float[][] vectors)
    {
        double max = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            var a = StoredPrecision.Round(reference[i]);
            var b = StoredPrecision.Round(vectors[i]);
            for (var d = 0; d < a.Length; d++)
            {
                max = Math.Max(max, Math.Abs(a[d] - b[d]));
            }
        }

        return max;
    }

    private static double LeastCosine(float[][] reference, float[][] vectors) =>
        reference.Zip(vectors, (a, b) => a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(y => (double)y * y))).Min();

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}

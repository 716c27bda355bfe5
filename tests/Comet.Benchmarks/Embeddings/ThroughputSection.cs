using System.Diagnostics;
using System.Globalization;
using Comet.Measures.Embeddings.Encoding;
using Comet.Measures.Embeddings.Text;
using Comet.VectorSearch;
using Comet.VectorSearch.Cpu;
using Microsoft.ML.OnnxRuntime;

namespace Comet.Benchmarks.Embeddings;

/// <summary>
/// How far from the machine's limit the encoder runs, and what each change bought, in one process:
/// the chunks of real benchmark tasks (distinct texts, a seeded sample of at most --limit) are
/// encoded by the encoder as it was (the package's SentenceEncoder, batches sorted by characters)
/// and by <see cref="MiniLmEncoder"/> under several settings. Each row prints chunks/s, word
/// pieces/s, the padding computed, the model's achieved GFLOP/s (<see cref="MiniLmFlops"/> on the real
/// word pieces, so padding counts as waste) beside the GFLOP/s of our blocked dot-product kernel
/// measured just before (a GEMM of unit vectors, 384 deep), the speed-up over the old encoder and
/// the largest deviation of any vector component from the old encoder's.
/// </summary>
internal static class ThroughputSection
{
    public static void Run(IReadOnlyList<string> taskIds, int limit, bool sweep, int rounds)
    {
        var texts = SampleChunks(taskIds, limit);
        int[] lengths;
        using (var probe = new MiniLmEncoder(new MiniLmSettings { Optimization = GraphOptimizationLevel.ORT_DISABLE_ALL }))
        {
            lengths = texts.Select(t => probe.Tokenize(t).Length).ToArray();
        }

        var flops = lengths.Sum(MiniLmFlops.PerSequence);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sample: {texts.Count} distinct chunks, {lengths.Sum()} word pieces (mean {lengths.Average():F0}, max {lengths.Max()}); model {flops / 1e9:F1} GFLOP ({MiniLmFlops.DensePerTokenPerLayer * MiniLmFlops.Layers / 1e6:F1} MFLOP per word piece + attention)"));

        var variants = new List<(string Name, MiniLmSettings Settings)> { ("MiniLmEncoder (defaults)", new MiniLmSettings()) };
        if (sweep)
        {
            variants.Add(("  intra-op threads 1", new MiniLmSettings { IntraOpThreads = 1 }));
            variants.Add(("  intra-op threads 1, spinning on", new MiniLmSettings { IntraOpThreads = 1, AllowSpinning = true }));
            variants.Add(("  spinning on (ONNX Runtime's default)", new MiniLmSettings { AllowSpinning = true }));
            variants.Add(("  graph optimisation basic", new MiniLmSettings { Optimization = GraphOptimizationLevel.ORT_ENABLE_BASIC }));
            variants.Add(("  graph optimisation off", new MiniLmSettings { Optimization = GraphOptimizationLevel.ORT_DISABLE_ALL }));
            variants.Add(("  arena off", new MiniLmSettings { MemoryArena = false }));
            variants.Add(("  memory pattern on", new MiniLmSettings { MemoryPattern = true }));
            variants.Add(("  2048 tokens / batch", new MiniLmSettings { TokensPerBatch = 2048 }));
            variants.Add(("  padding up to 25%", new MiniLmSettings { MaxPadding = 0.25 }));
        }

        using var package = new PackageMiniLmEncoder();
        var encoders = variants.Select(v => new MiniLmEncoder(v.Settings)).ToList();
        try
        {
            // The machine is shared: every round times the GEMM and each encoder once, interleaved, and
            // the table shows medians; a speed-up is the median of the same-round time ratios.
            package.Encode(texts.Take(4).ToArray(), default);
            encoders.ForEach(e => e.Encode(texts.Take(4).ToArray(), default));
            var gemm = new List<double>();
            var packageSeconds = new List<double>();
            var seconds = encoders.Select(_ => new List<double>()).ToArray();
            var padded = new long[encoders.Count];
            var deviation = new double[encoders.Count];
            float[][]? reference = null;
            for (var round = 0; round < rounds; round++)
            {
                gemm.Add(GemmGflops());
                var clock = Stopwatch.StartNew();
                var old = package.Encode(texts, default);
                packageSeconds.Add(clock.Elapsed.TotalSeconds);
                reference ??= old;
                for (var e = 0; e < encoders.Count; e++)
                {
                    var before = encoders[e].Statistics;
                    clock.Restart();
                    var vectors = encoders[e].Encode(texts, default);
                    seconds[e].Add(clock.Elapsed.TotalSeconds);
                    padded[e] = encoders[e].Statistics.Minus(before).PaddedTokens;
                    deviation[e] = Math.Max(deviation[e], MaxDeviation(reference, vectors));
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: GEMM {gemm[^1]:F1} GFLOP/s, before {packageSeconds[^1]:F2} s, {string.Join(", ", seconds.Select(x => x[^1].ToString("F2", CultureInfo.InvariantCulture)))} s; {LoadAverage()}"));
            }

            var gemmMedian = Median(gemm);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"GEMM in this process (blocked dot-product kernel, 2048 x 8192 x 384, best of 3 per round): median {gemmMedian:F1} GFLOP/s over {rounds} rounds (range {gemm.Min():F1}-{gemm.Max():F1}); {Environment.ProcessorCount} cores, {LoadAverage()}"));
            Console.WriteLine();
            Console.WriteLine("| encoder | median s | chunks/s | word pieces/s | padding computed | GFLOP/s | / GEMM | speed-up (median of rounds) | max abs deviation |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            long packagePadded = PackageMiniLmEncoder.Batches(texts).Sum(batch => (long)batch.Length * batch.Max(i => lengths[i]));
            Row("before: package SentenceEncoder, batches sorted by characters", Median(packageSeconds), texts.Count, lengths.Sum(), packagePadded, flops, gemmMedian, 1, 0);
            for (var e = 0; e < encoders.Count; e++)
            {
                var ratios = packageSeconds.Zip(seconds[e], (b, a) => b / a).ToList();
                Row(variants[e].Name, Median(seconds[e]), texts.Count, lengths.Sum(), padded[e], flops, gemmMedian, Median(ratios), deviation[e]);
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Defaults: {new MiniLmSettings()}; {LoadAverage()} at the end"));
        }
        finally
        {
            encoders.ForEach(e => e.Dispose());
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The distinct chunk texts of the tasks, in a seeded random order, at most <paramref name="limit"/>; prints how many repeat.</summary>
    private static List<string> SampleChunks(IReadOnlyList<string> taskIds, int limit)
    {
        var chunker = new TextChunker(new ChunkingOptions());
        var all = new List<string>();
        foreach (var id in taskIds)
        {
            var task = EmbeddingTask.Load(id);
            all.AddRange(task.Task.Sources.Concat(task.Task.Targets).SelectMany(a => chunker.Chunk(a.Text)));
        }

        var distinct = all.Distinct(StringComparer.Ordinal).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tasks {string.Join(", ", taskIds)}: {all.Count} chunks, {distinct.Count} distinct ({all.Count - distinct.Count} repeats skipped by the content dedupe)"));
        var random = new Random(20);
        return distinct.OrderBy(_ => random.Next()).Take(limit).ToList();
    }

    private static void Row(string name, double seconds, int chunks, long tokens, long padded, double flops, double gemm, double speedup, double deviation)
    {
        var gflops = flops / seconds / 1e9;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {seconds:F2} | {chunks / seconds:F1} | {tokens / seconds:F0} | {100.0 * (padded - tokens) / padded:F1}% | {gflops:F1} | {100 * gflops / gemm:F0}% | {speedup:F2}x | {deviation:E1} |"));
    }

    private static double MaxDeviation(float[][] reference, float[][] vectors)
    {
        double max = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            for (var d = 0; d < reference[i].Length; d++)
            {
                max = Math.Max(max, Math.Abs(reference[i][d] - vectors[i][d]));
            }
        }

        return max;
    }

    /// <summary>GFLOP/s of the blocked kernel on a 2048 x 8192 score matrix of 384-dimensional vectors (best of three).</summary>
    internal static double GemmGflops()
    {
        const int Queries = 2048;
        const int Corpus = 8192;
        const int Dimensions = 384;
        var random = new Random(7);
        var corpus = new float[Corpus * Dimensions];
        var queries = new float[Queries * Dimensions];
        for (var i = 0; i < corpus.Length; i++)
        {
            corpus[i] = (float)(random.NextDouble() - 0.5);
        }

        for (var i = 0; i < queries.Length; i++)
        {
            queries[i] = (float)(random.NextDouble() - 0.5);
        }

        using var search = new CpuExactSearch(VectorCorpus.FromRowMajor(corpus, Dimensions));
        search.FullMatrix(queries.AsMemory(0, 64 * Dimensions));
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            search.FullMatrix(queries);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return 2.0 * Queries * Corpus * Dimensions / best / 1e9;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "load unknown";
}

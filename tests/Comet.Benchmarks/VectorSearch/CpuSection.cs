using Comet.VectorSearch;
using Comet.VectorSearch.Cpu;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>Exact CPU top-k: blocked kernel (full size), TensorPrimitives.Dot and naive loop (subsets).</summary>
internal static class CpuSection
{
    /// <summary>Runs the section; returns the exact result and its pairs per second (for later ratios).</summary>
    public static (TopKResult Exact, double PairsPerSecond) Run(BenchmarkArguments arguments, BenchmarkData data, MachinePeak peak)
    {
        Report.Section("CPU exact top-k");
        Report.Line($"peak assumption: {peak.Assumption}");
        using var blocked = new CpuExactSearch(data.Corpus);
        blocked.TopK(data.FirstQueries(64), arguments.K); // warm-up: JIT tiers up the kernel
        var (exact, elapsed) = Report.Time(() => blocked.TopK(data.Queries, arguments.K));
        var pairsPerSecond = arguments.Pairs / elapsed.TotalSeconds;
        var gflops = arguments.Flops / elapsed.TotalSeconds / 1e9;
        Report.Line($"{blocked.BackendName}: {arguments.Queries} x {arguments.Corpus} top-{arguments.K} in {elapsed.TotalSeconds:F3} s");
        Report.Line($"  {Report.Rate(pairsPerSecond)} pairs/s, {gflops:F1} GFLOP/s = {100 * gflops / peak.GflopsPerSecond:F1} % of assumed peak");

        var pairwiseRate = PairwiseRate(arguments, data);
        Report.Line($"  blocked / TensorPrimitives.Dot-per-pair = {pairsPerSecond / pairwiseRate:F2}x");

        var naiveRate = NaiveRate(arguments, data);
        Report.Line($"  blocked ({blocked.Threads} threads) / naive (1 thread) = {pairsPerSecond / naiveRate:F1}x; per thread = {pairsPerSecond / naiveRate / blocked.Threads:F1}x");
        return (exact, pairsPerSecond);
    }

    private static double PairwiseRate(BenchmarkArguments arguments, BenchmarkData data)
    {
        var subset = Math.Min(arguments.Queries, 500);
        using var pairwise = new CpuExactSearch(data.Corpus, new CpuSearchOptions { Kernel = CpuKernel.PairwiseDot });
        pairwise.TopK(data.FirstQueries(8), arguments.K);
        var (_, elapsed) = Report.Time(() => pairwise.TopK(data.FirstQueries(subset), arguments.K));
        var rate = (double)subset * arguments.Corpus / elapsed.TotalSeconds;
        Report.Line($"{pairwise.BackendName}: first {subset} queries in {elapsed.TotalSeconds:F3} s, {Report.Rate(rate)} pairs/s");
        return rate;
    }

    /// <summary>Naive loop on a subset of about two million pairs, extrapolated as a rate.</summary>
    private static double NaiveRate(BenchmarkArguments arguments, BenchmarkData data)
    {
        var subset = Math.Clamp(2_000_000 / arguments.Corpus, 1, arguments.Queries);
        var corpus = data.Corpus.Values.ToArray();
        NaiveScalarSearch.TopK(data.Queries, 1, corpus, Math.Min(1000, arguments.Corpus), arguments.Dimensions, arguments.K);
        var (_, elapsed) = Report.Time(() =>
            NaiveScalarSearch.TopK(data.Queries, subset, corpus, arguments.Corpus, arguments.Dimensions, arguments.K));
        var rate = (double)subset * arguments.Corpus / elapsed.TotalSeconds;
        Report.Line($"naive scalar triple loop, 1 thread: {subset} queries x {arguments.Corpus} in {elapsed.TotalSeconds:F3} s, {Report.Rate(rate)} pairs/s (subset; rate extrapolated to the full size)");
        return rate;
    }
}

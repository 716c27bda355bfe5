using Comet.Benchmarks.Caching;
using Comet.Benchmarks.Embeddings;
using Comet.Benchmarks.Evaluation;
using Comet.Benchmarks.Inference;
using Comet.Benchmarks.Measures;
using Comet.Benchmarks.RealRepos;
using Comet.Benchmarks.Service;
using Comet.Benchmarks.Scaling;
using Comet.Benchmarks.VectorSearch;

// A table of contents: benchmark name -> entry point taking the remaining arguments.
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["vector-search"] = VectorSearchBenchmark.Run,
    ["inference"] = InferenceSpeedBenchmark.Run,
    ["inference-eval"] = InferenceEvaluation.Run,
    ["feedback-seeds"] = FeedbackSeedsBenchmark.Run,
    ["review"] = ReviewBenchmark.Run,
    ["measures"] = MeasuresBenchmark.Run,
    ["embeddings"] = EmbeddingsBenchmark.Run,
    ["service-load"] = ServiceLoadBenchmark.Run,
    ["trace-scaling"] = TraceScalingBenchmark.Run,
    ["lsi-warm"] = LsiWarmStartBenchmark.Run,
    ["real-repos"] = RealReposBenchmark.Run,
    ["cache-read"] = CacheReadBenchmark.Run,
    ["held-out-oracle"] = HeldOutOracleBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.WriteLine("usage: dotnet run -c Release --project tests/Comet.Benchmarks -- <benchmark> [options]");
    Console.WriteLine($"benchmarks: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

return run(args[1..]);

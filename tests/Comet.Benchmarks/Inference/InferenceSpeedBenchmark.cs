using System.Diagnostics;
using System.Globalization;
using Comet.Core.Similarity;
using Comet.Inference;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// `-- inference [sources=1000] [targets=1000] [measures=8] [model=hierarchical]`: links inferred per
/// second on synthetic evidence (about 3 links per source; each measure a noisy, differently scaled
/// view of the links with a block of tied zeros, the way lexical measures look). Goal: 1,000,000
/// links with 8 measures in under 10 s on 2 cores.
/// </summary>
internal static class InferenceSpeedBenchmark
{
    public static int Run(string[] args)
    {
        var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        int Get(string key, int fallback) => settings.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var sources = Get("sources", 1000);
        var targets = Get("targets", 1000);
        var measures = Get("measures", 8);
        var model = settings.GetValueOrDefault("model", "hierarchical");
        var evidence = Synthesize(sources, targets, measures, seed: 7);
        Console.WriteLine($"{evidence.PairCount:N0} candidate links, {measures} measures, {Environment.ProcessorCount} cores, model {model}");
        for (var run = 0; run < 2; run++)
        {
            var clock = Stopwatch.StartNew();
            var posteriors = LinkInference.Infer(evidence, InferenceOptions.Default, model);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {clock.Elapsed.TotalSeconds:0.00} s, {evidence.PairCount / clock.Elapsed.TotalSeconds:N0} links/s, {posteriors.Parameters.Iterations} sweeps, expected links {posteriors.Parameters.ExpectedLinks:0}"));
        }

        return 0;
    }

    private static LinkEvidence Synthesize(int sources, int targets, int measureCount, int seed)
    {
        var random = new Random(seed);
        var sourceIds = Enumerable.Range(0, sources).Select(i => $"S{i}").ToArray();
        var targetIds = Enumerable.Range(0, targets).Select(j => $"T{j}").ToArray();
        var n = sources * targets;
        var linked = new bool[n];
        for (var i = 0; i < n; i++)
        {
            linked[i] = random.NextDouble() < 3.0 / targets;
        }

        var measures = new Dictionary<string, SimilarityMatrix>(StringComparer.Ordinal);
        for (var k = 0; k < measureCount; k++)
        {
            var values = new double[n];
            var scale = 0.1 + k;
            for (var i = 0; i < n; i++)
            {
                var raw = (linked[i] ? 1.5 : 0) + Gaussian(random);
                values[i] = raw < -0.5 ? 0 : scale * (raw + 0.5);
            }

            measures[$"m{k}"] = new SimilarityMatrix(sourceIds, targetIds, values);
        }

        return new LinkEvidence(sourceIds, targetIds, measures);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

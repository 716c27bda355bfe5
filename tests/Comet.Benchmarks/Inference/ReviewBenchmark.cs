using System.Globalization;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Pipeline;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// `-- review [seed=42] [tasks=a,b] [measures=vsm,lsi,js,bm25]`: what the model may claim before anyone
/// answers. Per task, the sum of probabilities (the expected link count) against the true count and the
/// highest probability; then, pooled over tasks, how often a pair is a link by probability band and by
/// rank and lift (<see cref="BucketPool"/>): the table the buckets' rules are read from. What answers
/// teach (random, review and active strategies over budgets and seeds) is `comet evaluate --protocol`.
/// </summary>
internal static class ReviewBenchmark
{
    public static int Run(string[] args)
    {
        var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var seed = int.Parse(Setting(settings, "seed", "42"), CultureInfo.InvariantCulture);
        var measures = Setting(settings, "measures", "vsm,lsi,js,bm25").Split(',');
        var catalog = DatasetCatalog.Default;
        var tasks = settings.TryGetValue("tasks", out var t) ? t.Split(',') : [.. catalog.BenchmarkIds];
        var dataRoot = DataRoot.Resolve(null);
        var pipeline = new TracePipeline(new PipelineOptions { Measures = measures, Model = "none", Seed = seed });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tasks.Length} tasks, measures {string.Join(",", measures)}, hbn without answers, seed {seed}"));

        var pooled = new BucketPool();
        foreach (var id in tasks)
        {
            var task = catalog.Load(id, dataRoot);
            var prior = TracePipeline.Infer(pipeline.Evidence(pipeline.Run(task), [], transitive: false), "hbn");
            pooled.Add(prior, task.Gold);
            var expected = LinkCountEstimate.Of(prior).Expected;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}: {task.Sources.Count} sources, {task.Gold.Count} links; sum p {expected:0.0} (x{expected / Math.Max(1, task.Gold.Count):0.00} the truth), max p {MaxP(prior):0.00}"));
        }

        Console.WriteLine();
        Console.WriteLine("without answers, pooled over tasks (rank = the pair's rank among its source's candidates):");
        Console.WriteLine(pooled.Describe());
        return 0;
    }

    private static double MaxP(LinkPosteriors p) => 1 / (1 + Math.Exp(-p.LogOdds.ToArray().Max()));

    private static string Setting(Dictionary<string, string> settings, string key, string fallback) =>
        settings.TryGetValue(key, out var value) ? value : fallback;
}

using System.Diagnostics;
using System.Globalization;
using Comet.Core.Similarity;
using Comet.Inference;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Learning;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// `-- inference [sources=1000] [targets=1000] [measures=8] [model=hierarchical] [feedback=0] [flipped=0.25] [density=default|on|off] [runs=2]`: links inferred per
/// second on synthetic evidence (about 3 links per source; each measure a noisy, differently scaled
/// view of the links with a block of tied zeros, the way lexical measures look). Goal: 1,000,000
/// links with 8 measures in under 10 s on 2 cores. feedback=0.1 adds answers on that share of the pairs
/// (confidence 0.9, a quarter flipped as in docs/evaluation.md, or the share given by flipped=), to time the answers' weight refit too.
/// density= times the fit with <see cref="InferenceOptions.DensityNewtonStep"/> on or off (default: on). runs= sets how many times the
/// same evidence is inferred in one process (default 2: the first with the JIT, the second warm; 1 for an engine that
/// takes most of an hour at 1M links).
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
        var share = settings.TryGetValue("feedback", out var f) ? double.Parse(f, CultureInfo.InvariantCulture) : 0;
        bool Switch(string key, bool fallback) => settings.GetValueOrDefault(key, "default") switch
        {
            "on" => true,
            "off" => false,
            _ => fallback,
        };
        var options = InferenceOptions.Default with
        {
            DensityNewtonStep = Switch("density", InferenceOptions.Default.DensityNewtonStep),
        };
        var (evidence, linked) = Synthesize(sources, targets, measures, seed: 7);
        if (share > 0)
        {
            var flipped = settings.TryGetValue("flipped", out var x) ? double.Parse(x, CultureInfo.InvariantCulture) : 0.25;
            evidence = evidence.WithFeedback(Answers(evidence, linked, share, flipped, seed: 8));
        }

        Console.WriteLine($"{evidence.PairCount:N0} candidate links, {measures} measures, {evidence.Feedback.Count:N0} answers, {Environment.ProcessorCount} cores, model {model}, density step {options.DensityNewtonStep}");
        var runs = Get("runs", 2);
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var posteriors = LinkInference.Infer(evidence, options, model);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: {clock.Elapsed.TotalSeconds:0.00} s, {evidence.PairCount / clock.Elapsed.TotalSeconds:N0} links/s, {posteriors.Parameters.Iterations} sweeps (converged: {posteriors.Parameters.Converged}), expected links {posteriors.Parameters.ExpectedLinks:0}"));
        }

        if (evidence.Feedback.Count > 0 && model == LinkInference.Hierarchical)
        {
            // Where the time goes with answers: the fit without them (the answers' prior), then the learner.
            var clock = Stopwatch.StartNew();
            var session = AnswerSession.Start(evidence, options);
            var fit = clock.Elapsed.TotalSeconds;
            session.Learn(evidence.Feedback);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run 3, split: fit without answers {fit:0.00} s, learning from the answers {clock.Elapsed.TotalSeconds - fit:0.00} s"));
        }

        return 0;
    }

    private static FeedbackAnswer[] Answers(LinkEvidence evidence, bool[] linked, double share, double flipped, int seed)
    {
        var random = new Random(seed);
        var answers = new List<FeedbackAnswer>();
        for (var i = 0; i < linked.Length; i++)
        {
            if (random.NextDouble() < share)
            {
                var says = random.NextDouble() < flipped ? !linked[i] : linked[i];
                answers.Add(new FeedbackAnswer(evidence.SourceIds[i / evidence.TargetCount], evidence.TargetIds[i % evidence.TargetCount], says ? 0.9 : 0.1));
            }
        }

        return [.. answers];
    }

    private static (LinkEvidence Evidence, bool[] Linked) Synthesize(int sources, int targets, int measureCount, int seed)
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

        return (new LinkEvidence(sourceIds, targetIds, measures), linked);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

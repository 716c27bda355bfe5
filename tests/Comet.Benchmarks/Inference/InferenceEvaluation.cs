using System.Diagnostics;
using System.Globalization;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Evaluation.Metrics;
using Comet.Inference;
using Comet.Inference.Evidence;
using Comet.Inference.Features;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Inference.Output;
using Comet.Loading.Catalog;
using Comet.Pipeline.Modelling;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// Throwaway harness (`-- inference-eval [tasks=a,b] [measures=vsm,lsi,js,bm25] [key=value priors]`):
/// AP/MAP of every single measure, CombSUM, COMET's closed form and the hierarchical model's stages.
/// </summary>
internal static class InferenceEvaluation
{
    private static readonly string[] DefaultTasks =
    [
        "LibEST/req-code", "LibEST/req-test", "EBT/req-code", "EBT/req-test", "eTour", "eTour_en", "Albergate", "eANCI",
        "EasyClinic/UC-CC", "EasyClinic/UC-TC", "CM1-NASA", "WARC", "MODIS", "Dronology", "CCHIT",
    ];

    public static int Run(string[] args)
    {
        var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var tasks = settings.TryGetValue("tasks", out var t) ? t.Split(',') : DefaultTasks;
        var measures = (settings.TryGetValue("measures", out var m) ? m : "vsm,lsi,js,bm25").Split(',');
        var options = new InferenceOptions { Priors = PriorsFrom(settings), Fit = FitFrom(settings) };
        Console.WriteLine("task | best AP | best MAP | CombSUM | COMET | H1 | H3 paths | H2 fb | H4 all+fb | fb-unseen: H1 / H2 / H4 | ECE H1 | P/R/F1 H1 at p>=0.5 | s");
        foreach (var id in tasks)
        {
            var clock = Stopwatch.StartNew();
            var task = DatasetCatalog.Default.Load(id);
            var evidence = TaskEvidence.Build(task, measures, withPaths: true);
            var gold = task.Gold;
            var singles = evidence.Measures.Select(p => (p.Key, Metrics: Evaluator.Evaluate(p.Value, gold))).ToArray();
            var bestAp = singles.MaxBy(x => x.Metrics.AveragePrecision);
            var bestMap = singles.MaxBy(x => x.Metrics.MeanAveragePrecision);
            var combSum = Evaluator.Evaluate(CombSum.Fuse([.. evidence.Measures.Values]), gold);
            var comet = Evaluator.Evaluate(LinkInference.Infer(evidence, options, "comet").ToLogOddsMatrix(), gold);
            var stage1 = LinkInference.Infer(evidence, options with { UseTransitive = false });
            var h1 = Evaluator.Evaluate(stage1.ToLogOddsMatrix(), gold);
            var stage3 = LinkInference.Infer(evidence, options);
            var h3 = Evaluator.Evaluate(stage3.ToLogOddsMatrix(), gold);
            var answers = new FeedbackSimulation().Simulate(task).Answers; // docs/evaluation.md's protocol, as `evaluate --feedback-fraction`
            var withFeedback = evidence.WithFeedback(answers);
            var stage2 = LinkInference.Infer(withFeedback, options with { UseTransitive = false });
            var h2 = Evaluator.Evaluate(stage2.ToLogOddsMatrix(), gold);
            var unseen2 = EvaluateUnseen(stage2, gold, answers);
            var stage4 = LinkInference.Infer(withFeedback, options);
            var h4 = Evaluator.Evaluate(stage4.ToLogOddsMatrix(), gold);
            var unseen1 = EvaluateUnseen(stage1, gold, answers);
            var unseen4 = EvaluateUnseen(stage4, gold, answers);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id} | {F(bestAp.Metrics)} {bestAp.Key} | {F(bestMap.Metrics)} {bestMap.Key} | {F(combSum)} | {F(comet)} | {F(h1)} | {F(h3)} | {F(h2)} | {F(h4)} | {F(unseen1)} / {F(unseen2)} / {F(unseen4)} | {Reliability.Describe(stage1, gold).Split(' ')[1]} | {F1(stage1, gold)} | {clock.Elapsed.TotalSeconds:0.0}"));
            if (settings.ContainsKey("verbose"))
            {
                Describe(stage1, gold, "H1");
                Describe(stage3, gold, "H3");
                Describe(stage2, gold, "H2");
                Describe(stage4, gold, "H4");
                Console.WriteLine(string.Join("  ", singles.Select(s => $"{s.Key} {F(s.Metrics)}")));
            }
        }

        return 0;
    }

    private static void Describe(LinkPosteriors posteriors, GoldStandard gold, string label)
    {
        var p = posteriors.Parameters;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label}: m={p.LinkDensity:0.0000} a={p.Concentration} links={p.ExpectedLinks:0.0} (gold {gold.Count}) it={p.Iterations} conv={p.Converged} " +
            $"fb={p.Feedback} w: {string.Join(" ", p.Emission!.Names.Select((n, j) => $"{n}={p.Emission.Weights[j]:0.00}"))}"));
        Console.WriteLine("     " + Reliability.Describe(posteriors, gold));
    }

    /// <summary>Metrics on the pairs that got no feedback (gold restricted to them as well).</summary>
    private static MetricSet EvaluateUnseen(LinkPosteriors posteriors, GoldStandard gold, IReadOnlyList<FeedbackAnswer> answers)
    {
        var judged = answers.Select(a => new TraceLink(a.SourceId, a.TargetId)).ToHashSet();
        var matrix = posteriors.ToLogOddsMatrix();
        var unseen = matrix.Cells().Where(c => !judged.Contains(c.Link));
        var unseenGold = new GoldStandard(gold.Links.Where(l => !judged.Contains(l)));
        return Evaluator.Evaluate(new RankedLinks(unseen), unseenGold, CandidateSpace.FromMatrix(matrix));
    }

    private static string F1(LinkPosteriors posteriors, GoldStandard gold)
    {
        var t = Evaluator.Evaluate(posteriors.ToProbabilityMatrix(), gold, 0.5).Threshold!;
        return string.Create(CultureInfo.InvariantCulture, $"{t.Precision:.000}/{t.Recall:.000}/{t.F1:.000}");
    }

    private static string F(MetricSet m) => string.Create(CultureInfo.InvariantCulture, $"{m.AveragePrecision:.000}/{m.MeanAveragePrecision:.000}");

    private static double Number(Dictionary<string, string> s, string key, double fallback) =>
        s.TryGetValue(key, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static ModelPriors PriorsFrom(Dictionary<string, string> s)
    {
        var p = ModelPriors.Default;
        return p with
        {
            ExpectedLinksPerSource = Number(s, "lps", p.ExpectedLinksPerSource),
            DensityStrengthFraction = Number(s, "strength", p.DensityStrengthFraction),
            CovarianceShrinkage = Number(s, "shrink", p.CovarianceShrinkage),
            WeightPooling = Number(s, "pool", p.WeightPooling),
            PathWeightPrecision = Number(s, "path", p.PathWeightPrecision),
            ConcentrationGrid = s.TryGetValue("grid", out var g) ? g.Split(';').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray() : p.ConcentrationGrid,
        };
    }

    private static FitSettings FitFrom(Dictionary<string, string> s)
    {
        var f = FitSettings.Default;
        return f with
        {
            SourceEvidenceTempering = Number(s, "tau", f.SourceEvidenceTempering),
            ConstrainExpectedLinks = !s.ContainsKey("free-count"),
            Features = s.TryGetValue("features", out var kinds) ? Enum.Parse<FeatureView>(kinds) : f.Features,
        };
    }
}

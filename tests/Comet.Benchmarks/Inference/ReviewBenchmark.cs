using System.Globalization;
using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Evaluation.Metrics;
using Comet.Inference.Evidence;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Pipeline;

namespace Comet.Benchmarks.Inference;

/// <summary>
/// `-- review [budgets=10,30,50,100] [seed=42] [error=0] [tasks=a,b] [measures=vsm,lsi,js,bm25]`: how the
/// model's probabilities and its ranking of the unanswered pairs move as a reviewer answers, for three
/// ways of choosing what to answer: random pairs, top-down (a random requirement's top 5, then the
/// next requirement) and active (the model's <see cref="ReviewQueue"/>, asked in rounds of 10 with a
/// refit after each). Prints, per strategy and budget, the mean over tasks of the unseen-pair AP change,
/// ECE and Brier skill on unanswered pairs, and the expected link count against the true one; and,
/// without answers, the pooled reliability of each bucket rule.
/// </summary>
internal static class ReviewBenchmark
{
    private const int Round = 10;

    public static int Run(string[] args)
    {
        var settings = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var budgets = Setting(settings, "budgets", "10,30,50,100").Split(',').Select(int.Parse).ToArray();
        var seed = int.Parse(Setting(settings, "seed", "42"), CultureInfo.InvariantCulture);
        var error = double.Parse(Setting(settings, "error", "0"), CultureInfo.InvariantCulture);
        var measures = Setting(settings, "measures", "vsm,lsi,js,bm25").Split(',');
        var catalog = DatasetCatalog.Default;
        var tasks = settings.TryGetValue("tasks", out var t) ? t.Split(',') : [.. catalog.TaskIds.Where(id => catalog.Describe(id).IsBenchmark)];
        var dataRoot = DataRoot.Resolve(null);
        var pipeline = new TracePipeline(new PipelineOptions { Measures = measures, Model = "none", Seed = seed });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{tasks.Length} tasks, measures {string.Join(",", measures)}, budgets {string.Join(",", budgets)}, {error:P0} of answers wrong, seed {seed}"));

        var results = new List<Outcome>();
        var pooled = new BucketPool();
        foreach (var id in tasks)
        {
            var task = catalog.Load(id, dataRoot);
            var measured = pipeline.Run(task);
            LinkPosteriors Fit(IReadOnlyList<FeedbackAnswer> answers) => TracePipeline.Infer(pipeline.Evidence(measured, answers, transitive: false), "hbn");
            var prior = Fit([]);
            pooled.Add(prior, task.Gold);
            results.Add(Score(task, "none", 0, prior, prior, []));


            var random = new Random(seed);
            foreach (var (strategy, order) in new (string, (string, string)[])[] { ("random", RandomOrder(task, random)), ("top-down", TopDownOrder(prior, random)) })
            {
                foreach (var budget in budgets)
                {
                    var answers = order.Take(budget).Select(p => Answer(task, p, random, error)).ToArray();
                    results.Add(Score(task, strategy, budget, prior, Fit(answers), answers));
                }
            }

            var active = new List<FeedbackAnswer>();
            var current = prior;
            foreach (var budget in budgets.Order())
            {
                while (active.Count < budget)
                {
                    var asked = active.Select(a => (a.SourceId, a.TargetId)).ToHashSet();
                    var next = ReviewQueue.Next(current, Math.Min(Round, budget - active.Count), asked);
                    if (next.Count == 0)
                    {
                        break; // every pair of a tiny project is answered
                    }

                    active.AddRange(next.Select(q => Answer(task, (q.SourceId, q.TargetId), random, error)));
                    current = Fit(active);
                }

                results.Add(Score(task, "active", budget, prior, current, [.. active]));
            }

            // One line per task, so that a long run's partial output is already evidence.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}: {task.Sources.Count} sources, {task.Gold.Count} links; without answers sum p {SumP(prior):0.0}, max p {MaxP(prior):0.00}; ")
                + string.Join("; ", results.Where(r => r.Task == id && r.Budget > 0).Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"{r.Strategy} {r.Budget}: AP {r.ApChange:+0.000;-0.000} ECE {r.Ece:0.000} skill {r.BrierSkill:+0.00;-0.00} count x{r.SumP / Math.Max(1, r.TrueLinks):0.00}"))));
        }

        Console.WriteLine();
        Console.WriteLine("strategy  budget  unseen AP change  ECE    Brier skill  sum p / true links (median)  tasks");
        foreach (var group in results.GroupBy(r => (r.Strategy, r.Budget)).OrderBy(g => g.Key.Budget).ThenBy(g => g.Key.Strategy, StringComparer.Ordinal))
        {
            var ratios = group.Select(r => r.SumP / Math.Max(1, r.TrueLinks)).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key.Strategy,-9} {group.Key.Budget,6}  {Mean(group.Select(r => r.ApChange)),+16:+0.0000;-0.0000}  {Mean(group.Select(r => r.Ece)):0.000}  {Mean(group.Select(r => r.BrierSkill)),11:+0.000;-0.000}  {ratios[ratios.Length / 2],27:0.00}  {group.Count()}"));
        }

        Console.WriteLine();
        Console.WriteLine("without answers, pooled over tasks (rank = the pair's rank among its source's candidates):");
        Console.WriteLine(pooled.Describe());
        return 0;
    }

    private sealed record Outcome(string Task, string Strategy, int Budget, double ApChange, double Ece, double BrierSkill, double SumP, int TrueLinks);

    private static Outcome Score(TraceTask task, string strategy, int budget, LinkPosteriors prior, LinkPosteriors fitted, IReadOnlyList<FeedbackAnswer> answers)
    {
        var judged = answers.Select(a => new TraceLink(a.SourceId, a.TargetId)).ToHashSet();
        var candidates = CandidateSpace.FromTask(task);
        var gold = new GoldStandard(task.Gold.Links.Where(l => !judged.Contains(l)));
        double Ap(LinkPosteriors p) => Evaluator.Evaluate(new RankedLinks(p.ToRankedLinks().Where(l => !judged.Contains(l.Link))), gold, candidates).AveragePrecision;

        var (ece, skill) = Calibration(fitted, task.Gold, judged);
        return new Outcome(task.Id, strategy, budget, Ap(fitted) - Ap(prior), ece, skill, SumP(fitted), task.Gold.Count);
    }

    /// <summary>ECE (10 equal-width bins) and Brier skill against the unanswered pairs' own link rate.</summary>
    private static (double Ece, double Skill) Calibration(LinkPosteriors posteriors, GoldStandard gold, HashSet<TraceLink> judged)
    {
        var count = new int[10];
        var predicted = new double[10];
        var observed = new double[10];
        double brier = 0, n = 0, links = 0;
        var truths = new List<double>();
        for (var s = 0; s < posteriors.SourceIds.Count; s++)
        {
            for (var t = 0; t < posteriors.TargetIds.Count; t++)
            {
                if (judged.Contains(new TraceLink(posteriors.SourceIds[s], posteriors.TargetIds[t])))
                {
                    continue;
                }

                var p = posteriors.Probability(s, t);
                var y = gold.Contains(posteriors.SourceIds[s], posteriors.TargetIds[t]) ? 1.0 : 0.0;
                var b = Math.Min(9, (int)(p * 10));
                count[b]++;
                predicted[b] += p;
                observed[b] += y;
                brier += (p - y) * (p - y);
                links += y;
                n++;
            }
        }

        var rate = links / n;
        var reference = rate * (1 - rate);
        var ece = Enumerable.Range(0, 10).Sum(b => Math.Abs(predicted[b] - observed[b])) / n;
        return (ece, reference > 0 ? 1 - (brier / n / reference) : 0);
    }

    private static (string, string)[] RandomOrder(TraceTask task, Random random)
    {
        var pairs = task.Sources.Ids.SelectMany(s => task.Targets.Ids.Select(t => (s, t))).ToArray();
        random.Shuffle(pairs);
        return pairs;
    }

    private static (string, string)[] TopDownOrder(LinkPosteriors prior, Random random)
    {
        var sources = Enumerable.Range(0, prior.SourceIds.Count).ToArray();
        random.Shuffle(sources);
        return sources.SelectMany(s => Enumerable.Range(0, prior.TargetIds.Count).OrderByDescending(t => prior.LogOddsOf(s, t)).Take(5)
            .Select(t => (prior.SourceIds[s], prior.TargetIds[t]))).ToArray();
    }

    private static FeedbackAnswer Answer(TraceTask task, (string Source, string Target) pair, Random random, double error)
    {
        var truth = task.Gold.Contains(pair.Source, pair.Target);
        var says = random.NextDouble() < error ? !truth : truth;
        return new FeedbackAnswer(pair.Source, pair.Target, says ? 0.9 : 0.1);
    }

    // The model's own expected link count (the product prints the same figure).
    private static double SumP(LinkPosteriors p) => LinkCountEstimate.Of(p).Expected;

    private static double MaxP(LinkPosteriors p) => 1 / (1 + Math.Exp(-p.LogOdds.ToArray().Max()));

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(0).Average();

    private static string Setting(Dictionary<string, string> settings, string key, string fallback) =>
        settings.TryGetValue(key, out var value) ? value : fallback;
}

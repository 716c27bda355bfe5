using System.Diagnostics;
using System.Globalization;
using Comet.Measures;
using Comet.Measures.Latent;
using Comet.Measures.Lexical;
using Comet.Measures.Topics;

namespace Comet.Benchmarks.Measures;

/// <summary>
/// The experiments behind the measures' defaults (docs/benchmarks.md, "Measures"): LSI weighting and k,
/// BM25 query weighting, NMF topics, LDA run-to-run spread and the number of runs.
/// </summary>
internal static class MeasureTuning
{
    public static void Run(IReadOnlyList<string> taskIds, string part)
    {
        var tasks = taskIds.Select(LoadedTask.Load).ToArray();
        if (part is "all" or "lsi")
        {
            foreach (var weighting in new[] { TermWeighting.Counts, TermWeighting.TfIdf })
            {
                foreach (var k in new[] { 30, 50, 100, 200, int.MaxValue })
                {
                    Variant(tasks, $"lsi {weighting} k={K(k)}", new LsiMeasure(k, weighting));
                }
            }
        }

        if (part is "all" or "bm25")
        {
            Variant(tasks, "bm25 query counts", new Bm25Measure());
            Variant(tasks, "bm25 distinct query terms", new Bm25Measure(countQueryRepeats: false));
        }

        if (part is "all" or "nmf")
        {
            foreach (var topics in new[] { 10, 30, 60, 100 })
            {
                foreach (var seed in new[] { 42, 43, 44 })
                {
                    Variant(tasks, $"nmf topics={topics} seed={seed}", new NmfMeasure(new NmfOptions { Topics = topics }), seed);
                }
            }
        }

        if (part is "all" or "lda")
        {
            LdaSpread(tasks, [50, 100, 200], [(100, 3), (100, 5), (100, 9), (50, 9), (50, 15), (25, 30), (50, 30)]);
        }

        if (part == "lda-runs")
        {
            LdaSpread(tasks, [], [(50, 15), (25, 30), (50, 30)]);
        }
    }

    private static string K(int k) => k == int.MaxValue ? "rank-1" : k.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line: mean AP / MAP over the tasks, then each task's AP / MAP.</summary>
    private static void Variant(IReadOnlyList<LoadedTask> tasks, string label, ISimilarityMeasure measure, int seed = 42)
    {
        var clock = Stopwatch.StartNew();
        var scores = tasks.Select(t => MeasureScore.Of(measure.Compute(t.Context(seed)), t)).ToArray();
        var mean = new MeasureScore(scores.Average(s => s.Ap), scores.Average(s => s.Map));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {mean} | {string.Join(" | ", scores)} | {clock.Elapsed.TotalSeconds:F1} |"));
    }

    /// <summary>
    /// Single runs over 10 seeds at the given sweeps (AP range), then medians of R runs of S sweeps
    /// for 3 disjoint seed blocks each: the AP range across blocks shows how much R runs
    /// stabilise LDA, and whether many short runs beat fewer long ones at equal cost.
    /// </summary>
    private static void LdaSpread(IReadOnlyList<LoadedTask> tasks, int[] singleRunSweeps, (int Sweeps, int Runs)[] medians)
    {
        foreach (var task in tasks)
        {
            foreach (var iterations in singleRunSweeps)
            {
                var single = new LdaMeasure(new LdaOptions { Iterations = iterations });
                var clock = Stopwatch.StartNew();
                var singles = Enumerable.Range(0, 10).Select(s => MeasureScore.Of(single.SingleRun(task.Context(), 1000 + s), task)).ToArray();
                Print(task, $"{iterations} sweeps, single runs", singles, clock.Elapsed.TotalSeconds / 10);
            }

            foreach (var (iterations, runs) in medians)
            {
                var measure = new LdaMeasure(new LdaOptions { Iterations = iterations, Runs = runs });
                var clock = Stopwatch.StartNew();
                var blocks = Enumerable.Range(0, 3).Select(b => MeasureScore.Of(measure.Compute(task.Context(2000 + (100 * b))), task)).ToArray();
                Print(task, $"{iterations} sweeps, median of {runs}", blocks, clock.Elapsed.TotalSeconds / 3);
            }
        }
    }

    private static void Print(LoadedTask task, string label, IReadOnlyList<MeasureScore> scores, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {task.Task.Id} | {label} | {scores.Min(s => s.Ap):F2}-{scores.Max(s => s.Ap):F2} ({scores.Average(s => s.Ap):F2}) | {scores.Min(s => s.Map):F2}-{scores.Max(s => s.Map):F2} ({scores.Average(s => s.Map):F2}) | {seconds:F1} |"));
}

using System.Diagnostics;
using System.Globalization;
using Comet.Benchmarks.Measures;
using Comet.Core.Artifacts;
using Comet.Core.Similarity;
using Comet.Core.Tasks;
using Comet.Loading.Projects;
using Comet.Measures;
using Comet.Measures.Latent;
using Comet.Preprocessing;

namespace Comet.Benchmarks.Scaling;

/// <summary>
/// `lsi-warm DIR [--edits N]` (issue 20): LSI on a written project (DIR/requirements, DIR/code, e.g. from
/// `trace-scaling write DIR 5000`), first in full into a fresh cache folder, then after each of N one-file
/// edits (lines of the next file inserted before the edited file's last brace, one file further on each
/// time, cumulative like a developer's commits) twice: warm-started from the cache's last basis, and in
/// full without a cache. Prints each run's seconds, what the warm run reused, and how far its scores are
/// from the full decomposition's: max and mean absolute deviation, per-source Kendall tau-b (min, mean)
/// and per-source top-10 overlap.
/// </summary>
internal static class LsiWarmStartBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: lsi-warm DIR [--edits N]");
            return 2;
        }

        var edits = args.Length >= 3 && args[1] == "--edits" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var task = ProjectFolderLoader.Load(Path.Combine(args[0], "requirements"), Path.Combine(args[0], "code"), null, ["en"]);
        var cache = Path.Combine(Path.GetTempPath(), $"comet-lsi-warm-{Environment.ProcessId}");
        try
        {
            var (initial, initialSeconds) = Timed(() => Lsi(task, new LsiMeasure(cache: new LatentCache(cache), warmStartShare: LsiMeasure.SuggestedWarmStartShare, log: Console.WriteLine)));
            Console.WriteLine(FormattableString.Invariant($"# {task.Sources.Count} sources x {task.Targets.Count} targets; first run {initialSeconds:0.00} s (load {Load()})"));

            Console.WriteLine("| edit | tolerance | warm s | full s | max abs dev | mean abs dev | tau-b min | tau-b mean | top-10 overlap min | load |");
            Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
            _ = initial;
            var tolerances = args.Length >= 5 && args[3] == "--tolerances" ? args[4].Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray() : [1e-12];
            for (var edit = 1; edit <= edits; edit++)
            {
                task = Edited(task, (task.Targets.Count / 2) + (7 * edit));
                var (full, fullSeconds) = Timed(() => Lsi(task, new LsiMeasure()));
                var before = cache + "-before";
                CopyFolder(cache, before);
                foreach (var tolerance in tolerances)
                {
                    // Each tolerance starts from the same basis: the cache as it was before this edit's first warm run.
                    Directory.Delete(cache, recursive: true);
                    CopyFolder(before, cache);
                    var clock = Stopwatch.StartNew();
                    var (warm, warmSeconds) = Timed(() => Lsi(task, new LsiMeasure(cache: new LatentCache(cache), warmStartShare: LsiMeasure.SuggestedWarmStartShare, log: Console.WriteLine)
                    {
                        RefinementTolerance = tolerance,
                        Observe = (round, residual) => Console.WriteLine(FormattableString.Invariant($"#   round {round}: largest residual {residual:E2} of s_0 at {clock.Elapsed.TotalSeconds:0.00} s")),
                    }));
                    var agreement = RankingAgreement.Compare(warm, full);
                    Console.WriteLine(FormattableString.Invariant(
                        $"| {edit} | {tolerance:E0} | {warmSeconds:0.00} | {fullSeconds:0.00} | {agreement.MaxDeviation:E2} | {agreement.MeanDeviation:E2} | {agreement.MinTau:0.000000} | {agreement.MeanTau:0.000000} | {agreement.MinTopOverlap} | {Load()} |"));
                }

                Directory.Delete(before, recursive: true);
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }

        return 0;
    }

    private static SimilarityMatrix Lsi(TraceTask task, LsiMeasure measure)
    {
        using var analyzer = new TextAnalyzer(new AnalysisOptions { Languages = task.Languages });
        var corpus = AnalyzedCorpus.Build(task.Sources, task.Targets, analyzer);
        return measure.Compute(new MeasureContext(task, corpus));
    }

    /// <summary>The task with target <paramref name="index"/> edited: the next target's first 10 lines inserted before its last brace.</summary>
    private static TraceTask Edited(TraceTask task, int index)
    {
        var targets = task.Targets.ToArray();
        var text = targets[index].Text;
        var closing = Math.Max(0, text.LastIndexOf('}'));
        var added = string.Concat(targets[(index + 1) % targets.Length].Text.Split('\n').Take(10).Select(l => l + "\n"));
        targets[index] = targets[index] with { Text = text[..closing] + added + text[closing..] };
        return new TraceTask { Id = task.Id, Sources = task.Sources, Targets = new ArtifactSet(task.Targets.Name, targets), Languages = task.Languages };
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static (T Result, double Seconds) Timed<T>(Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        return (result, clock.Elapsed.TotalSeconds);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}

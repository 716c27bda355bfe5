using System.Globalization;

namespace Comet.Benchmarks.Scaling;

/// <summary>
/// `trace-scaling`: wall time and peak memory of `comet trace` on synthetic projects of growing size
/// (issue 19: LSI took 30 s at 2,000 files and crashed above 16,384). Each size is generated into a
/// temporary folder from the benchmark texts (<see cref="SyntheticProject"/>), traced by the built CLI
/// in its own process, and deleted. The machine's load average is printed beside every row: timings
/// on a shared machine are only comparable at similar load.
/// </summary>
/// <remarks>
/// Options: --sizes 1000,5000,20000,100000 (target files), --sources 50 (requirement files, the same
/// for every size, so the sources x targets matrices grow linearly), --measures (default: the CLI's
/// own default, not passed; pass vsm,lsi,js,bm25 for the lexical measures only), --cli PATH (default: the Release
/// build of src/Comet.Cli), --data DIR (default: $COMET_DATA, else shared/datasets beside the
/// repository), --timeout seconds per size (default 1800), --seed N.
/// The CLI writes only the 1,000 best links (--top 1000) so that output size does not dominate.
/// --incremental (issue 20): per size three traces share one cache folder: "cold" (empty folder),
/// "warm" (same files again) and "changed" (one code file edited, <see cref="SyntheticProject.ChangeOneFile"/>),
/// each row with what the CLI says it reused, after a census of what the cold run has to encode
/// (<see cref="EncodingCensus"/>; `trace-scaling census DIR` prints it alone for a project folder, `trace-scaling census --benchmarks` for the benchmark tasks). Without it every size gets a fresh, empty cache.
/// </remarks>
internal static class TraceScalingBenchmark
{
    public static int Run(string[] args)
    {
        // `trace-scaling census DIR`: only the census of a project already written (requirements/, code/).
        if (args is ["census", "--benchmarks"])
        {
            EncodingCensus.PrintBenchmarks();
            return 0;
        }

        if (args is ["census", var project])
        {
            EncodingCensus.Print(project);
            return 0;
        }

        // `trace-scaling write DIR SIZE`: only write the project (for `embeddings paths --folder DIR`).
        if (args is ["write", var target, var files])
        {
            var pools = SyntheticProject.Load(ScalingOptions.Parse([]).Data);
            pools.Write(target, 50, int.Parse(files, CultureInfo.InvariantCulture), 1);
            Console.WriteLine($"wrote {target}: 50 requirement files, {files} code files (seed 1)");
            return 0;
        }

        var options = ScalingOptions.Parse(args);
        if (!File.Exists(options.Cli))
        {
            Console.Error.WriteLine($"CLI not found: {options.Cli} (build it: dotnet build -c Release src/Comet.Cli, or pass --cli)");
            return 2;
        }

        var texts = SyntheticProject.Load(options.Data);
        Console.WriteLine($"# trace-scaling: {options.Sources} requirements x N code files; measures {options.Measures ?? "(CLI default)"}");
        Console.WriteLine($"# text pools: {texts.CodeFileCount} code files, {texts.SentenceCount} sentences from {options.Data}; {Environment.ProcessorCount} cores");
        Console.WriteLine("| targets | run | wall s | peak MB | load before | load after | stages (s) | reused | outcome |");
        Console.WriteLine("|---:|---|---:|---:|---|---|---|---|---|");
        var failures = 0;
        foreach (var size in options.Sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"comet-trace-scaling-{Environment.ProcessId}-{size}");
            try
            {
                texts.Write(folder, options.Sources, size, options.Seed);
                var cache = Path.Combine(folder, "cache");
                if (options.Incremental)
                {
                    EncodingCensus.Print(folder);
                }

                failures += Row(options, size, "cold", folder, cache);
                if (options.Incremental)
                {
                    failures += Row(options, size, "warm", folder, cache);
                    texts.ChangeOneFile(folder, size, options.Seed);
                    failures += Row(options, size, "changed", folder, cache);
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>One trace and its table row; 1 if it failed.</summary>
    private static int Row(ScalingOptions options, int size, string label, string folder, string cache)
    {
        var before = LoadAverage();
        var run = TraceRun.Execute(options.Cli, folder, options.Measures, options.TimeoutSeconds, cache);
        var after = LoadAverage();
        var stages = string.Join(", ", run.Stages.Select(s => FormattableString.Invariant($"{s.Stage} {s.Seconds:0.0}")));
        Console.WriteLine(FormattableString.Invariant(
            $"| {size} | {label} | {Format(run.Seconds, "0.0")} | {Format(run.PeakMegabytes, "0")} | {before} | {after} | {stages} | {run.Reuse} | {run.Outcome} |"));
        return run.Outcome == "ok" ? 0 : 1;
    }

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

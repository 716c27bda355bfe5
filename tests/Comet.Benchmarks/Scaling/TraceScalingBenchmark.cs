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
/// own default; pass vsm,lsi,js,bm25 for the lexical measures only), --cli PATH (default: the Release
/// build of src/Comet.Cli), --data DIR (default: $COMET_DATA, else shared/datasets beside the
/// repository), --timeout seconds per size (default 1800), --seed N.
/// The CLI writes only the 1,000 best links (--top 1000) so that output size does not dominate.
/// </remarks>
internal static class TraceScalingBenchmark
{
    public static int Run(string[] args)
    {
        var options = ScalingOptions.Parse(args);
        if (!File.Exists(options.Cli))
        {
            Console.Error.WriteLine($"CLI not found: {options.Cli} (build it: dotnet build -c Release src/Comet.Cli, or pass --cli)");
            return 2;
        }

        var texts = SyntheticProject.Load(options.Data);
        Console.WriteLine($"# trace-scaling: {options.Sources} requirements x N code files; measures {options.Measures ?? "(CLI default)"}");
        Console.WriteLine($"# text pools: {texts.CodeFileCount} code files, {texts.SentenceCount} sentences from {options.Data}; {Environment.ProcessorCount} cores");
        Console.WriteLine("| targets | wall s | peak MB | load before | load after | stages (s) | outcome |");
        Console.WriteLine("|---:|---:|---:|---|---|---|---|");
        var failures = 0;
        foreach (var size in options.Sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"comet-trace-scaling-{Environment.ProcessId}-{size}");
            try
            {
                texts.Write(folder, options.Sources, size, options.Seed);
                var before = LoadAverage();
                var run = TraceRun.Execute(options.Cli, folder, options.Measures ?? Default, options.TimeoutSeconds);
                var after = LoadAverage();
                var stages = string.Join(", ", run.Stages.Select(s => FormattableString.Invariant($"{s.Stage} {s.Seconds:0.0}")));
                Console.WriteLine(FormattableString.Invariant(
                    $"| {size} | {Format(run.Seconds, "0.0")} | {Format(run.PeakMegabytes, "0")} | {before} | {after} | {stages} | {run.Outcome} |"));
                failures += run.Outcome == "ok" ? 0 : 1;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>The CLI's own default measure list, spelt out so a run says what it measured.</summary>
    private const string Default = "vsm,lsi,js,bm25,embedding";

    private static string Format(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>The 1, 5 and 15 minute load averages.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

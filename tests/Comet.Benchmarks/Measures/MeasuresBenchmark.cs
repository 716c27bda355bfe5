using System.Diagnostics;
using System.Globalization;
using Comet.Measures;

namespace Comet.Benchmarks.Measures;

/// <summary>
/// <c>measures [--dataset ID[,ID...]] [--measures LIST] [--largest ID] [--tune lsi|bm25|nmf|lda|all]</c>:
/// (1) each measure alone on the largest task (CCHIT by default): wall time, bytes allocated
/// (GC.GetTotalAllocatedBytes, precise) and the process's peak working set so far; (2) every measure
/// on every benchmark task (or those given) with one shared context per task, as the pipeline runs
/// them: AP / MAP per task and total time per measure. <c>--tune</c> runs the default-choosing
/// experiments on the 15 core tasks (or those given) instead.
/// </summary>
internal static class MeasuresBenchmark
{
    public static int Run(string[] args)
    {
        var options = BenchmarkArguments.Parse(args);
        var taskIds = options.Datasets ?? (options.Tune is null ? LoadedTask.AllIds() : CoreTasks.Ids);
        if (options.Tune is { } part)
        {
            MeasureTuning.Run(taskIds, part);
            return 0;
        }

        var names = options.Measures ?? MeasureCatalog.Textual().Names;
        if (options.Datasets is null)
        {
            PerMeasureCost(LoadedTask.Load(options.Largest), names);
        }

        AllTasks(taskIds, names);
        return 0;
    }

    private static void PerMeasureCost(LoadedTask task, IReadOnlyList<string> names)
    {
        Console.WriteLine($"## Cost per measure on {task.Task.Id} ({task.Task.Sources.Count} x {task.Task.Targets.Count}, {task.Corpus.Vocabulary.Count} terms)");
        Console.WriteLine();
        Console.WriteLine("| measure | wall s | CPU s | MB allocated | peak working set MB (process, so far) | AP / MAP |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var name in names)
        {
            // A fresh context per measure, so that a combination pays for its components here.
            var context = task.Context();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = CpuSeconds();
            var clock = Stopwatch.StartNew();
            var matrix = context.Measure(name);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = CpuSeconds() - cpu;
            var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {seconds:F2} | {cpuSeconds:F2} | {megabytes:F0} | {process.PeakWorkingSet64 / 1e6:F0} | {MeasureScore.Of(matrix, task)} |"));
        }

        Console.WriteLine();
    }

    private static void AllTasks(IReadOnlyList<string> taskIds, IReadOnlyList<string> names)
    {
        Console.WriteLine($"## AP / MAP (%) of every measure on {taskIds.Count} tasks");
        Console.WriteLine();
        Console.WriteLine($"| task | {string.Join(" | ", names)} | seconds |");
        Console.WriteLine($"|---|{string.Concat(names.Select(_ => "---|"))}---:|");
        var seconds = new double[names.Count];
        var total = Stopwatch.StartNew();
        foreach (var id in taskIds)
        {
            var task = LoadedTask.Load(id);
            var context = task.Context();
            var cells = new string[names.Count];
            var taskClock = Stopwatch.StartNew();
            for (var m = 0; m < names.Count; m++)
            {
                var clock = Stopwatch.StartNew();
                var matrix = context.Measure(names[m]);
                seconds[m] += clock.Elapsed.TotalSeconds;
                cells[m] = MeasureScore.Of(matrix, task).ToString();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {id} | {string.Join(" | ", cells)} | {taskClock.Elapsed.TotalSeconds:F1} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| measure | seconds on all tasks |");
        Console.WriteLine("|---|---:|");
        for (var m = 0; m < names.Count; m++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {names[m]} | {seconds[m]:F1} |"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total: {seconds.Sum():F1} s in the measures, {total.Elapsed.TotalSeconds:F1} s wall with loading, analysis and evaluation; process CPU time {process.TotalProcessorTime.TotalSeconds:F1} s; {Environment.ProcessorCount} cores; load average at the end {LoadAverage()}."));
    }

    /// <summary>CPU time of the whole process (all threads): fairer than wall time on a shared machine.</summary>
    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The 1-minute load average (Linux), to show how busy the shared machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Comet.Benchmarks.Scaling;

/// <summary>One `comet trace` in its own process, measured by GNU time (wall seconds, peak resident set).</summary>
/// <param name="Seconds">Wall time of the whole command, start-up included; null if it did not finish.</param>
/// <param name="PeakMegabytes">Peak resident memory (ru_maxrss) of the process; null if it did not finish.</param>
/// <param name="Stages">Seconds per pipeline stage, from the command's progress lines.</param>
/// <param name="Outcome">"ok", "timeout after N s" or "exit N: last error line".</param>
internal sealed record TraceRun(double? Seconds, double? PeakMegabytes, IReadOnlyList<(string Stage, double Seconds)> Stages, string Outcome)
{
    private static readonly Regex StageLine = new(@"^\S+: (?<stage>.+?) (?<seconds>[0-9.]+)s$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Runs the CLI under /usr/bin/time, which reports the child's own peak (a separate process per
    /// size, so one size's peak never hides in another's).
    /// </summary>
    public static TraceRun Execute(string cli, string project, string measures, int timeoutSeconds)
    {
        var timing = Path.Combine(project, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // A fresh embedding cache per run: a warm one (same synthetic texts, same seed) would hide the
        // embedding cost, and 100k synthetic vectors do not belong in the user's cache.
        start.Environment["COMET_CACHE"] = Path.Combine(project, "cache");
        foreach (var argument in new[]
        {
            "-f", "%e %M", "-o", timing, "dotnet", cli, "trace",
            "--sources", Path.Combine(project, "requirements"), "--targets", Path.Combine(project, "code"),
            "--measures", measures, "--out", Path.Combine(project, "links.csv"), "--top", "1000",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new TraceRun(null, null, ParseStages(error.Result), $"timeout after {timeoutSeconds} s");
        }

        var stages = ParseStages(error.Result);
        _ = output.Result;
        if (process.ExitCode != 0)
        {
            var last = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                                   .LastOrDefault(l => !l.StartsWith("Command exited", StringComparison.Ordinal)) ?? "";
            return new TraceRun(null, null, stages, $"exit {process.ExitCode}: {last}");
        }

        var fields = File.ReadAllText(timing).Trim().Split(' ');
        return new TraceRun(
            double.Parse(fields[0], CultureInfo.InvariantCulture),
            double.Parse(fields[1], CultureInfo.InvariantCulture) / 1024.0,
            stages,
            "ok");
    }

    private static List<(string, double)> ParseStages(string stderr) =>
        [.. stderr.Split('\n', StringSplitOptions.TrimEntries)
                  .Select(l => StageLine.Match(l))
                  .Where(m => m.Success)
                  .Select(m => (m.Groups["stage"].Value, double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture)))];
}

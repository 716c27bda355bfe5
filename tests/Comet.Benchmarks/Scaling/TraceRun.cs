using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Comet.Benchmarks.Scaling;

/// <summary>One `comet trace` in its own process, measured by GNU time (wall seconds, peak resident set).</summary>
/// <param name="Seconds">Wall time of the whole command, start-up included; null if it did not finish.</param>
/// <param name="PeakMegabytes">Peak resident memory (ru_maxrss) of the process; null if it did not finish.</param>
/// <param name="Stages">Seconds per pipeline stage, from the command's progress lines.</param>
/// <param name="Outcome">"ok", "timeout after N s" or "exit N: last error line".</param>
/// <param name="Reuse">The CLI's own lines saying what it took from its caches (e.g. the embedding line), joined by "; ".</param>
internal sealed record TraceRun(double? Seconds, double? PeakMegabytes, IReadOnlyList<(string Stage, double Seconds)> Stages, string Outcome, string Reuse = "")
{
    private static readonly Regex StageLine = new(@"^\S+: (?<stage>.+?) (?<seconds>[0-9.]+)s$", RegexOptions.CultureInvariant);

    // The CLI's summary lines about its caches: "embedding: N chunks (H from cache ...", "embedding: F of N files ...".
    private static readonly Regex ReuseLine = new(@"^embedding: .*(from cache|cache off)", RegexOptions.CultureInvariant);

    /// <summary>
    /// Runs the CLI under /usr/bin/time, which reports the child's own peak (a separate process per
    /// size, so one size's peak never hides in another's).
    /// </summary>
    /// <param name="cache">The COMET_CACHE folder of this run: a fresh one per size, or one shared by a cold, warm and changed run.</param>
    /// <param name="measures">--measures, or null for the CLI's own default (what a user gets).</param>
    public static TraceRun Execute(string cli, string project, string? measures, int timeoutSeconds, string cache)
    {
        var timing = Path.Combine(project, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // The caller's cache folder, never the user's: 100k synthetic vectors do not belong there, and
        // whether a run is cold or warm is the caller's choice. --progress: the per-stage seconds are
        // printed only with live progress when stderr is not a terminal.
        start.Environment["COMET_CACHE"] = cache;
        var arguments = new List<string>
        {
            "-f", "%e %M", "-o", timing, "dotnet", cli, "trace",
            "--sources", Path.Combine(project, "requirements"), "--targets", Path.Combine(project, "code"),
            "--out", Path.Combine(project, "links.csv"), "--top", "1000", "--progress",
        };
        if (measures is not null)
        {
            arguments.AddRange(["--measures", measures]);
        }

        foreach (var argument in arguments)
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
            "ok",
            ReuseLines(error.Result));
    }

    private static string ReuseLines(string stderr) =>
        string.Join("; ", stderr.Split('\n', StringSplitOptions.TrimEntries).Where(l => ReuseLine.IsMatch(l)));

    private static List<(string, double)> ParseStages(string stderr) =>
        [.. stderr.Split('\n', StringSplitOptions.TrimEntries)
                  .Select(l => StageLine.Match(l))
                  .Where(m => m.Success)
                  .Select(m => (m.Groups["stage"].Value, double.Parse(m.Groups["seconds"].Value, CultureInfo.InvariantCulture)))];
}

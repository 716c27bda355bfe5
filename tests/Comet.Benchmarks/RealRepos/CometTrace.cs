using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Comet.Core.Links;

namespace Comet.Benchmarks.RealRepos;

/// <summary>
/// One `comet trace` configuration as a user would type it (the CLI, not the pipeline's API: what the
/// user runs is what is measured, errors and all).
/// </summary>
/// <param name="Label">Row name in the tables and the result file.</param>
/// <param name="Arguments">What follows "trace --sources S --targets T" on the command line.</param>
internal sealed record TraceConfiguration(string Label, IReadOnlyList<string> Arguments);

/// <summary>The links one run printed: every (requirement, file) pair with comet's score, and each measure's own score.</summary>
/// <param name="Links">Ranked by comet's score; requirement ids are the file names without ".txt".</param>
/// <param name="MeasureScores">measure -> each pair's score under that measure alone, as the JSON's "scores" object gives it.</param>
/// <param name="Seconds">Wall-clock time of the comet process.</param>
/// <param name="Load">The load average when it finished.</param>
internal sealed record TraceOutput(RankedLinks Links, IReadOnlyDictionary<string, RankedLinks> MeasureScores, double Seconds, string Load, string Stderr);

internal static class CometTrace
{
    public static TraceOutput Run(string cometDll, string sources, string targets, TraceConfiguration configuration, string outFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[cometDll, "trace", "--sources", sources, "--targets", targets, "--top", "all", "--out", outFile, .. configuration.Arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"comet trace {configuration.Label} exited with {process.ExitCode}:\n{stderr}\n{stdout.Result}");
        }

        var (links, measures) = Read(outFile);
        return new TraceOutput(links, measures, clock.Elapsed.TotalSeconds, Service.LoadAverage.Now(), stderr);
    }

    /// <summary>Reads `comet trace --format json` output (see LinkJsonWriter); a null score (NaN) ranks last.</summary>
    public static (RankedLinks Links, IReadOnlyDictionary<string, RankedLinks> Measures) Read(string jsonFile)
    {
        using var stream = File.OpenRead(jsonFile);
        using var document = JsonDocument.Parse(stream);
        var measureNames = document.RootElement.GetProperty("measures").EnumerateArray().Select(m => m.GetString()!).ToArray();
        var links = new List<ScoredLink>();
        var perMeasure = measureNames.ToDictionary(m => m, _ => new List<ScoredLink>(), StringComparer.Ordinal);
        foreach (var row in document.RootElement.GetProperty("links").EnumerateArray())
        {
            var source = RequirementId(row.GetProperty("source").GetString()!);
            var target = row.GetProperty("target").GetString()!;
            links.Add(new ScoredLink(source, target, Number(row.GetProperty("score"))));
            var scores = row.GetProperty("scores");
            foreach (var name in measureNames)
            {
                perMeasure[name].Add(new ScoredLink(source, target, Number(scores.GetProperty(name))));
            }
        }

        return (new RankedLinks(links), perMeasure.ToDictionary(p => p.Key, p => new RankedLinks(p.Value), StringComparer.Ordinal));
    }

    /// <summary>The requirement file "SDOC-SRS-56.txt" (as comet names a source) back to its id.</summary>
    public static string RequirementId(string sourceId) =>
        sourceId.EndsWith(RequirementFiles.Extension, StringComparison.Ordinal) ? sourceId[..^RequirementFiles.Extension.Length] : sourceId;

    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;

    public static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Comet.Cli.Trace;
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
        var clock = Stopwatch.StartNew();
        var (_, stderr) = Comet(cometDll, ["trace", "--sources", sources, "--targets", targets, "--top", "all", "--out", outFile, .. configuration.Arguments], $"comet trace {configuration.Label}");
        clock.Stop();
        var (links, measures) = Read(outFile);
        return new TraceOutput(links, measures, clock.Elapsed.TotalSeconds, Service.LoadAverage.Now(), stderr);
    }

    /// <summary>`comet review --next N --format csv` with the answers so far: the links it asks about, as (source file name, target).</summary>
    public static IReadOnlyList<(string Source, string Target)> Review(string cometDll, string sources, string targets, string answersFile, int next)
    {
        var (stdout, _) = Comet(cometDll, ["review", "--sources", sources, "--targets", targets, "--answers", answersFile, "--next", next.ToString(CultureInfo.InvariantCulture), "--format", "csv", "--quiet"], "comet review");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1) // header: source,target,answer,probability,...
            .Select(line => CsvFields.Split(line) ?? throw new InvalidDataException($"comet review wrote a line with an unclosed quote: {line}"))
            .Select(fields => (fields[0], fields[1]))
            .ToList();
    }

    // One comet process as a user runs it; a failure stops the benchmark with comet's own words.
    private static (string StdOut, string StdErr) Comet(string cometDll, IReadOnlyList<string> arguments, string what)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[cometDll, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited with {process.ExitCode}:\n{stderr}\n{stdout.Result}");
        }

        return (stdout.Result, stderr);
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

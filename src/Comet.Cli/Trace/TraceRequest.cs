using System.Globalization;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Core;
using Comet.Loading.Projects;
using Comet.Pipeline.Measuring;
using Comet.Preprocessing;

namespace Comet.Cli.Trace;

/// <summary>
/// What `comet trace` was asked to do, every option checked before any work starts: each mistake a
/// user can make is one <see cref="CometInputException"/> line (exit 2), never minutes later.
/// </summary>
internal sealed record TraceRequest
{
    public const int DefaultTop = 5;

    public required string Sources { get; init; }

    public required string Targets { get; init; }

    public string? Tests { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>Best candidates kept per source; null keeps every candidate.</summary>
    public int? Top { get; init; }

    /// <summary>table, csv or json.</summary>
    public required string Format { get; init; }

    public string? Out { get; init; }

    public string? Report { get; init; }

    public required ProjectWalk Walk { get; init; }

    public static TraceRequest Create(
        string? sources, string? targets, string? tests, string languages, string measures, string? top,
        string? format, string? output, string? report, ProjectWalk walk, bool stdoutIsTerminal)
    {
        if (sources is null || targets is null)
        {
            throw new CometInputException("trace needs --sources DIR and --targets DIR (see comet trace --help)");
        }

        ArgumentNullException.ThrowIfNull(walk);
        walk.Validate();
        return new TraceRequest
        {
            Sources = sources,
            Targets = targets,
            Tests = tests,
            Languages = ParseLanguages(languages),
            Measures = PipelineMeasures.Catalog().Parse(ListValue.Split(measures)),
            Top = ParseTop(top),
            Format = ParseFormat(format, output, stdoutIsTerminal),
            Out = output is null ? null : OutputFile.CheckWritable(output, "--out"),
            Report = report is null ? null : ReportFile.Check(report, "--report"),
            Walk = walk,
        };
    }

    private static IReadOnlyList<string> ParseLanguages(string value)
    {
        var languages = ListValue.Split(value);
        if (languages.Count == 0)
        {
            throw new CometInputException($"--languages needs at least one of: {Known()}");
        }

        foreach (var language in languages.Where(l => !AnalysisOptions.SupportedLanguages.Contains(l)))
        {
            throw new CometInputException($"--languages: unsupported language '{language}' (supported: {Known()})");
        }

        return languages;

        static string Known() => string.Join(", ", AnalysisOptions.SupportedLanguages.Order(StringComparer.Ordinal));
    }

    private static int? ParseTop(string? value)
    {
        if (value is null)
        {
            return DefaultTop;
        }

        if (string.Equals(value, "all", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0
            ? top
            : throw new CometInputException($"--top must be a positive whole number or 'all', got '{value}'");
    }

    // Without --format: the --out file's extension decides; on stdout, a table for a person at a
    // terminal, CSV for a program reading a pipe.
    private static string ParseFormat(string? format, string? output, bool stdoutIsTerminal)
    {
        var fromExtension = output is null
            ? null
            : Path.GetExtension(output).ToLowerInvariant() switch
            {
                ".csv" => "csv",
                ".json" => "json",
                ".txt" => "table",
                _ => throw new CometInputException($"--out must end in .csv, .json or .txt: {output}"),
            };
        var chosen = format?.ToLowerInvariant() ?? fromExtension ?? (stdoutIsTerminal ? "table" : "csv");
        if (chosen is not ("table" or "csv" or "json"))
        {
            throw new CometInputException($"--format must be table, csv or json, got '{format}'");
        }

        return fromExtension is not null && fromExtension != chosen
            ? throw new CometInputException($"--format {chosen} does not match the --out file {output}")
            : chosen;
    }
}

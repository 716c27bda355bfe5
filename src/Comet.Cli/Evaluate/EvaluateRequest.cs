using System.CommandLine;
using Comet.Cli.Commands;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Core;
using Comet.Loading.Catalog;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;
using Comet.Pipeline.Protocols;

namespace Comet.Cli.Evaluate;

/// <summary>
/// What `comet evaluate` was asked to do, every option checked before any benchmark is read: each
/// mistake a user can make is one <see cref="CometInputException"/> line (exit 2), as with <c>TraceRequest</c>.
/// Either <see cref="Protocol"/> (simulated reviewers) or <see cref="Metrics"/> is set, never both.
/// </summary>
internal sealed record EvaluateRequest
{
    /// <summary>table, markdown or json.</summary>
    public required string Format { get; init; }

    /// <summary>The task given with --dataset, or every benchmark task with --all (those whose folders are missing are dropped later).</summary>
    public required IReadOnlyList<string> TaskIds { get; init; }

    public bool All { get; init; }

    /// <summary>The --check file's JSON; null without --check.</summary>
    public string? ExpectedJson { get; init; }

    public string? Report { get; init; }

    public string? Data { get; init; }

    public required IReadOnlyList<string> Measures { get; init; }

    public int Seed { get; init; }

    public string? Cache { get; init; }

    public bool Calibration { get; init; }

    /// <summary>The simulated reviewers' plan with --protocol; null otherwise.</summary>
    public ProtocolPlan? Protocol { get; init; }

    /// <summary>Models, feedback, threshold and TREC folder of a metrics run; null with --protocol.</summary>
    public EvaluationPlan? Metrics { get; init; }

    public static EvaluateRequest Create(EvaluateOptions options, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(parse);
        var format = parse.GetValue(options.Format)!.ToLowerInvariant();
        if (format is not ("table" or "markdown" or "json"))
        {
            throw new CometInputException($"--format must be table, markdown or json, got '{format}'");
        }

        var all = parse.GetValue(options.Benchmark.All);
        var request = new EvaluateRequest
        {
            Format = format,
            TaskIds = SelectTasks(DatasetCatalog.Default, parse.GetValue(options.Benchmark.Dataset), all),
            All = all,
            ExpectedJson = ReadCheckFile(parse.GetValue(options.Check)),
            // The report is written last; a folder that cannot take it must fail now, not after every task.
            Report = parse.GetValue(options.Report) is { } report ? ReportFile.Check(report, "--report") : null,
            Data = parse.GetValue(options.Benchmark.Data),
            Measures = ListValue.Split(parse.GetValue(options.Benchmark.Measures)!),
            Seed = parse.GetValue(options.Seed),
            Cache = parse.GetValue(options.Cache),
            Calibration = parse.GetValue(options.Calibration),
        };
        var confidence = parse.GetValue(options.Confidence);
        if (parse.GetValue(options.Protocol) is { } protocols)
        {
            RequireNoMetricOptions(options, parse);
            var plan = ProtocolEvaluation.Plan(
                protocols, parse.GetValue(options.Budgets), parse.GetValue(options.Seeds), parse.GetValue(options.FeedbackError), confidence ?? FeedbackSimulation.ProtocolConfidence);
            return request with { Protocol = plan };
        }

        return request with { Metrics = MetricsPlan(options, parse, request.Seed, confidence) };
    }

    private static EvaluationPlan MetricsPlan(EvaluateOptions options, ParseResult parse, int seed, double? confidence)
    {
        if (parse.GetValue(options.Budgets) is not null || parse.GetValue(options.Seeds) is not null)
        {
            throw new CometInputException("--budgets and --seeds go with --protocol");
        }

        var models = ListValue.Split(parse.GetValue(options.Model)!).Where(m => ModelNames.Resolve(m) is not null).ToArray();
        var simulation = parse.GetValue(options.FeedbackFraction) is { } fraction
            ? new FeedbackSimulation(fraction, OneErrorRate(parse.GetValue(options.FeedbackError)), seed, confidence ?? FeedbackSimulation.ProtocolConfidence)
            : null;
        if (simulation is null && confidence is not null)
        {
            throw new CometInputException("--answer-confidence goes with --feedback-fraction or --protocol");
        }

        var transitive = parse.GetValue(options.Transitive);
        var structure = parse.GetValue(options.Structure);
        if (models.Length == 0 && (simulation is not null || transitive || structure))
        {
            throw new CometInputException("--feedback-fraction, --transitive and --structure need a model (--model hbn)");
        }

        simulation?.Validate();
        return new EvaluationPlan
        {
            Models = models,
            Transitive = transitive,
            Structure = structure,
            Feedback = simulation,
            Threshold = parse.GetValue(options.Threshold),
            TrecDirectory = parse.GetValue(options.Trec),
        };
    }

    /// <summary>The feedback protocol takes one error rate (0.25 unless given).</summary>
    private static double OneErrorRate(string? value)
    {
        var rates = value is null ? [0.25] : ProtocolEvaluation.ErrorRates(value);
        return rates.Length == 1 ? rates[0] : throw new CometInputException("--feedback-fraction takes one --feedback-error value; several go with --protocol");
    }

    private static void RequireNoMetricOptions(EvaluateOptions options, ParseResult parse)
    {
        if (parse.GetValue(options.FeedbackFraction) is not null || parse.GetValue(options.Threshold) is not null || parse.GetValue(options.Trec) is not null
            || parse.GetValue(options.Check) is not null || parse.GetValue(options.Transitive))
        {
            throw new CometInputException("--protocol runs simulated reviewers on the hierarchical model; --feedback-fraction, --threshold, --trec, --check and --transitive go without it");
        }
    }

    private static List<string> SelectTasks(DatasetCatalog catalog, string? dataset, bool all)
    {
        if (all == (dataset is not null))
        {
            throw new CometInputException("give either --dataset ID or --all");
        }

        if (all)
        {
            return [.. catalog.BenchmarkIds];
        }

        // Describe throws the "unknown dataset id" error with the list of known ids.
        catalog.Describe(dataset!);
        return [dataset!];
    }

    private static string? ReadCheckFile(string? path)
    {
        if (path is null)
        {
            return null;
        }

        return File.Exists(path) ? File.ReadAllText(path) : throw new CometInputException($"results file not found: {path}");
    }
}

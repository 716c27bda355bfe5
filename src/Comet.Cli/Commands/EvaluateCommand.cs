using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Comet.Cli.Caching;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;
using Comet.Pipeline.Reporting;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Results;

namespace Comet.Cli.Commands;

/// <summary>`comet evaluate`: metrics per benchmark task and measure, beside COMET's released outputs.</summary>
internal static class EvaluateCommand
{
    /// <param name="clock">Dates the --report page.</param>
    public static Command Create(TimeProvider clock)
    {
        var benchmark = new BenchmarkOptions();
        var format = new Option<string>("--format") { Description = "table, markdown or json.", DefaultValueFactory = _ => "table" };
        var threshold = new Option<double?>("--threshold") { Description = "Also report precision/recall/F1/F2 of the pairs scoring >= this value." };
        var trec = new Option<string?>("--trec") { Description = "Write TREC run and qrels files into this folder (for trec_eval)." };
        var check = new Option<string?>("--check") { Description = "Compare AP/MAP/AUC (and a model run's Brier score and log loss) with a committed results JSON file; exit 3 on any difference." };
        var report = new Option<string?>("--report") { Description = "Also write an HTML evaluation report to FILE.html." };
        var model = new Option<string>("--model") { Description = "Link models scored beside the measures: hbn, comet, both (hbn,comet) or none.", DefaultValueFactory = _ => ModelDefaults.RankingModel };
        var transitive = new Option<bool>("--transitive") { Description = "Also score the first model with transitive evidence (tasks with intermediate artifacts)." };
        var structure = new Option<bool>("--structure") { Description = "Also score the first model with the targets' code graph (imports, inheritance, type references, calls) as a path: a row \"model hbn +structure\" per task." };
        var feedbackFraction = new Option<double?>("--feedback-fraction") { Description = "Simulate developer feedback on this share of pairs (protocol: 0.1) and score the first model with it." };
        var feedbackError = new Option<string?>("--feedback-error") { Description = "Share of simulated answers that are wrong (default 0.25; with --protocol a comma list, default 0,0.25)." };
        var protocol = new Option<string?>("--protocol") { Description = "Simulated reviewers instead of metrics: random, review, active (comma-separated, or all). Prints what their answers teach the model about the pairs nobody answered; --report writes learning curves." };
        var budgets = new Option<string?>("--budgets") { Description = "With --protocol: numbers of answers, comma-separated (default 20,30,50,100,200; 30 is where the calibration goal is read)." };
        var seeds = new Option<string?>("--seeds") { Description = "With --protocol: seeds of which pairs are asked and which answers are wrong (default 42,1,2,3,4,5)." };
        var confidence = new Option<double?>("--answer-confidence") { Description = "Stated probability of each simulated answer, with --feedback-fraction or --protocol (default 0.9, the protocol's, which the model reads as a 9:1 vote; 1 = verdicts, as the product reads yes/no and confirm/reject)." };
        var seed = new Option<int>("--seed") { Description = "Seed of stochastic measures and of the feedback simulation.", DefaultValueFactory = _ => 42 };
        var cache = CommonOptions.Cache();
        var calibration = new Option<bool>("--calibration") { Description = "Print the reliability table (predicted vs observed link frequency) of each model run. With --format json no table is printed: each model row carries the same numbers as \"reliability\": [[pairs, mean predicted, observed frequency] per bin] and \"ece\"." };

        var command = new Command("evaluate", "Evaluate measures on benchmark datasets.")
        {
            benchmark.Dataset, benchmark.All, benchmark.Measures, format, benchmark.Data, threshold, trec, check, benchmark.Quiet, report,
            model, transitive, structure, feedbackFraction, feedbackError, confidence, seed, calibration, cache, protocol, budgets, seeds,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using var progress = new ProgressReporter(parse.GetValue(benchmark.Quiet));
            var outputFormat = parse.GetValue(format)!.ToLowerInvariant();
            if (outputFormat is not ("table" or "markdown" or "json"))
            {
                throw new CometInputException($"--format must be table, markdown or json, got '{outputFormat}'");
            }

            var catalog = DatasetCatalog.Default;
            var taskIds = SelectTasks(catalog, parse.GetValue(benchmark.Dataset), parse.GetValue(benchmark.All));
            var expected = ReadCheckFile(parse.GetValue(check));
            if (parse.GetValue(report) is { } early)
            {
                // The report is written last; a folder that cannot take it must fail now, not after every task.
                ReportFile.Check(early, "--report");
            }

            var trecDirectory = PrepareTrecDirectory(parse.GetValue(trec));
            var dataRoot = DataRoot.Resolve(parse.GetValue(benchmark.Data));
            if (parse.GetValue(benchmark.All))
            {
                taskIds = AvailableTasks(catalog, taskIds, dataRoot, progress);
            }

            var pipeline = new TracePipeline(new PipelineOptions
            {
                Measures = ListValue.Split(parse.GetValue(benchmark.Measures)!),
                Seed = parse.GetValue(seed),
                Embedding = EmbeddingCacheOption.Resolve(parse.GetValue(cache), progress),
            });
            if (parse.GetValue(protocol) is { } protocols)
            {
                RequireNoMetricOptions(parse.GetValue(feedbackFraction), parse.GetValue(threshold), parse.GetValue(trec), parse.GetValue(check), parse.GetValue(transitive));
                var protocolPlan = ProtocolEvaluation.Plan(protocols, parse.GetValue(budgets), parse.GetValue(seeds), parse.GetValue(feedbackError), parse.GetValue(confidence) ?? FeedbackSimulation.ProtocolConfidence);
                return ProtocolEvaluation.Run(pipeline, catalog, dataRoot, taskIds, protocolPlan, outputFormat, parse.GetValue(report), progress, clock);
            }

            if (parse.GetValue(budgets) is not null || parse.GetValue(seeds) is not null)
            {
                throw new CometInputException("--budgets and --seeds go with --protocol");
            }

            var models = ListValue.Split(parse.GetValue(model)!).Where(m => ModelNames.Resolve(m) is not null).ToArray();
            var simulation = parse.GetValue(feedbackFraction) is { } fraction
                ? new FeedbackSimulation(fraction, OneErrorRate(parse.GetValue(feedbackError)), parse.GetValue(seed), parse.GetValue(confidence) ?? FeedbackSimulation.ProtocolConfidence)
                : null;
            if (simulation is null && parse.GetValue(confidence) is not null)
            {
                throw new CometInputException("--answer-confidence goes with --feedback-fraction or --protocol");
            }

            RequireModelFor(models, simulation is not null, parse.GetValue(transitive) || parse.GetValue(structure));
            simulation?.Validate();
            var plan = new EvaluationPlan
            {
                Models = models,
                Transitive = parse.GetValue(transitive),
                Structure = parse.GetValue(structure),
                Feedback = simulation,
                Threshold = parse.GetValue(threshold),
                TrecDirectory = trecDirectory,
            };
            var reference = ReferenceOutputs.TryLoad(progress.Line);
            var runner = new EvaluationRunner(pipeline, catalog, dataRoot, reference, plan);

            var timer = Stopwatch.StartNew();
            var rows = new List<EvaluationRow>();
            var reportPath = parse.GetValue(report);
            var reportTasks = new List<TaskReport>();
            for (var i = 0; i < taskIds.Count; i++)
            {
                progress.Line($"[{i + 1}/{taskIds.Count}] {taskIds[i]}");
                Action<TraceResult>? measured = reportPath is null
                    ? null
                    : result => reportTasks.Add(EvaluationReport.ForTask(result, pipeline, reference, fullView: taskIds.Count == 1));
                rows.AddRange(runner.Evaluate([taskIds[i]], progress: null, measured: measured));
            }

            Console.Out.Write(outputFormat switch
            {
                "json" => ResultJson.Write(rows) + Environment.NewLine,
                "markdown" => ResultTable.Markdown(rows),
                _ => ResultTable.Text(rows),
            });
            if (parse.GetValue(calibration) && outputFormat != "json")
            {
                Console.Out.Write(ReliabilityTable.Text(rows));
            }
            else if (parse.GetValue(calibration))
            {
                progress.Line("calibration: in the JSON, each model row's \"reliability\" ([pairs, mean predicted, observed frequency] per bin) and \"ece\"");
            }

            progress.Line(string.Create(CultureInfo.InvariantCulture, $"evaluated {taskIds.Count} tasks in {timer.Elapsed.TotalSeconds:0.0} s"));
            if (reportPath is not null)
            {
                ReportFile.Write(EvaluationReport.Compose(reportTasks, clock), reportPath, progress);
            }

            return expected is null ? ExitCodes.Success : Check(expected, rows);
        }));
        return command;
    }

    /// <summary>The feedback protocol takes one error rate (0.25 unless given).</summary>
    private static double OneErrorRate(string? value)
    {
        var rates = value is null ? [0.25] : ProtocolEvaluation.ErrorRates(value);
        return rates.Length == 1 ? rates[0] : throw new CometInputException("--feedback-fraction takes one --feedback-error value; several go with --protocol");
    }

    private static void RequireNoMetricOptions(double? fraction, double? threshold, string? trec, string? check, bool transitive)
    {
        if (fraction is not null || threshold is not null || trec is not null || check is not null || transitive)
        {
            throw new CometInputException("--protocol runs simulated reviewers on the hierarchical model; --feedback-fraction, --threshold, --trec, --check and --transitive go without it");
        }
    }

    private static void RequireModelFor(string[] models, bool feedback, bool transitive)
    {
        if (models.Length == 0 && (feedback || transitive))
        {
            throw new CometInputException("--feedback-fraction, --transitive and --structure need a model (--model hbn)");
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

    // --all runs on whatever benchmarks this machine has: a missing folder is one line, not the end.
    private static List<string> AvailableTasks(DatasetCatalog catalog, List<string> taskIds, string dataRoot, ProgressReporter progress)
    {
        var available = new List<string>();
        foreach (var id in taskIds)
        {
            if (catalog.MissingFolder(id, dataRoot) is { } missing)
            {
                progress.Line($"{id}: not available (no folder {missing}); skipped");
            }
            else
            {
                available.Add(id);
            }
        }

        return available.Count > 0 ? available : throw new CometInputException($"no benchmark dataset is available in {dataRoot}");
    }

    private static string? ReadCheckFile(string? path)
    {
        if (path is null)
        {
            return null;
        }

        return File.Exists(path) ? File.ReadAllText(path) : throw new CometInputException($"results file not found: {path}");
    }

    private static string? PrepareTrecDirectory(string? path)
    {
        if (path is not null)
        {
            Directory.CreateDirectory(path);
        }

        return path;
    }

    private static int Check(string expectedJson, List<EvaluationRow> rows)
    {
        var problems = ResultCheck.Compare(expectedJson, rows);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"comet: check: {problem}");
        }

        Console.Error.WriteLine(problems.Count == 0 ? "check: all results match" : $"check: {problems.Count} differences");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.ResultsDiffer;
    }
}

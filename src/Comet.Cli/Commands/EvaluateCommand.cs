using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Comet.Cli.Caching;
using Comet.Cli.Evaluate;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Pipeline;
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
        var options = new EvaluateOptions();
        var command = new Command("evaluate", "Evaluate measures on benchmark datasets.");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using var progress = new ProgressReporter(parse.GetValue(options.Benchmark.Quiet));
            var request = options.Request(parse);
            var catalog = DatasetCatalog.Default;
            PrepareTrecDirectory(request.Metrics?.TrecDirectory);
            var dataRoot = DataRoot.Resolve(request.Data);
            var taskIds = request.All ? AvailableTasks(catalog, request.TaskIds, dataRoot, progress) : request.TaskIds;
            var pipeline = new TracePipeline(new PipelineOptions
            {
                Measures = request.Measures,
                Seed = request.Seed,
                Embedding = EmbeddingCacheOption.Resolve(request.Cache, progress),
            });
            return request.Protocol is { } protocolPlan
                ? ProtocolEvaluation.Run(pipeline, catalog, dataRoot, taskIds, protocolPlan, request.Format, request.Report, progress, clock)
                : Metrics(request, request.Metrics!, pipeline, catalog, dataRoot, taskIds, progress, clock);
        }));
        return command;
    }

    private static int Metrics(
        EvaluateRequest request, EvaluationPlan plan, TracePipeline pipeline, DatasetCatalog catalog, string dataRoot, IReadOnlyList<string> taskIds, ProgressReporter progress, TimeProvider clock)
    {
        var reference = ReferenceOutputs.TryLoad(progress.Line);
        var runner = new EvaluationRunner(pipeline, catalog, dataRoot, reference, plan);
        var timer = Stopwatch.StartNew();
        var rows = new List<EvaluationRow>();
        var reportTasks = new List<TaskReport>();
        for (var i = 0; i < taskIds.Count; i++)
        {
            progress.Line($"[{i + 1}/{taskIds.Count}] {taskIds[i]}");
            Action<TraceResult>? measured = request.Report is null
                ? null
                : result => reportTasks.Add(EvaluationReport.ForTask(result, pipeline, reference, fullView: taskIds.Count == 1));
            rows.AddRange(runner.Evaluate([taskIds[i]], progress: null, measured: measured));
        }

        Console.Out.Write(request.Format switch
        {
            "json" => ResultJson.Write(rows) + Environment.NewLine,
            "markdown" => ResultTable.Markdown(rows),
            _ => ResultTable.Text(rows),
        });
        if (request.Calibration && request.Format != "json")
        {
            Console.Out.Write(ReliabilityTable.Text(rows));
        }
        else if (request.Calibration)
        {
            progress.Line("calibration: in the JSON, each model row's \"reliability\" ([pairs, mean predicted, observed frequency] per bin) and \"ece\"");
        }

        progress.Line(string.Create(CultureInfo.InvariantCulture, $"evaluated {taskIds.Count} tasks in {timer.Elapsed.TotalSeconds:0.0} s"));
        if (request.Report is { } reportPath)
        {
            ReportFile.Write(EvaluationReport.Compose(reportTasks, clock), reportPath, progress);
        }

        return request.ExpectedJson is { } expected ? Check(expected, rows) : ExitCodes.Success;
    }

    // --all runs on whatever benchmarks this machine has: a missing folder is one line, not the end.
    private static List<string> AvailableTasks(DatasetCatalog catalog, IReadOnlyList<string> taskIds, string dataRoot, ProgressReporter progress)
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

    private static void PrepareTrecDirectory(string? path)
    {
        if (path is not null)
        {
            Directory.CreateDirectory(path);
        }
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

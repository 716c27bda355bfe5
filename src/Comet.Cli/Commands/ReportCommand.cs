using System.CommandLine;
using System.Globalization;
using System.Text;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Core.Tasks;
using Comet.Evaluation.Reference;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Loading.Projects;
using Comet.Pipeline;
using Comet.Evaluation.Metrics;
using Comet.Core.Links;
using Comet.Pipeline.Explaining;
using Comet.Pipeline.Modelling;
using Comet.Reporting.Html.Building;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Html.Writing;

namespace Comet.Cli.Commands;

/// <summary>
/// `comet report`: one self-contained HTML page, either for a project (trace + report) or for
/// benchmark tasks (evaluation report). `trace --report` and `evaluate --report` call the same writers.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var sources = new Option<string?>("--sources") { Description = "Folder of source artifacts (e.g. requirements)." };
        var targets = new Option<string?>("--targets") { Description = "Folder of target artifacts (e.g. source code)." };
        var tests = new Option<string?>("--tests") { Description = "Optional folder of tests; the report then lists linked tests too." };
        var languages = new Option<string>("--languages") { Description = "Natural languages of the text: en, it or en,it.", DefaultValueFactory = _ => ModelDefaults.Language };
        var dataset = new Option<string?>("--dataset") { Description = "Evaluation report for one benchmark task (see `comet datasets`)." };
        var all = new Option<bool>("--all") { Description = "Evaluation report for every benchmark task (tables and plots only)." };
        var data = new Option<string?>("--data") { Description = "Folder holding the benchmark datasets." };
        var measures = new Option<string>("--measures") { Description = "Comma-separated measures; the first ranks the links.", DefaultValueFactory = _ => ModelDefaults.OnCommandLine(ModelDefaults.RankingMeasures) };
        var probabilities = new Option<string?>("--probabilities") { Description = "CSV source,target,probability[,explanation] from a model; else buckets use scaled scores." };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr." };
        var command = new Command("report", "Write a self-contained HTML report (traceability, gaps, matrix; plots for benchmarks).")
        {
            sources, targets, tests, languages, dataset, all, data, measures, probabilities, output, quiet,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using var progress = new ProgressReporter(parse.GetValue(quiet));
            var path = CheckOutput(parse.GetValue(output)!);
            var pipeline = new TracePipeline(new PipelineOptions { Measures = TraceCommand.SplitList(parse.GetValue(measures)!) });
            var datasetId = parse.GetValue(dataset);
            var isProject = parse.GetValue(sources) is not null || parse.GetValue(targets) is not null;
            if (isProject == (datasetId is not null || parse.GetValue(all)))
            {
                throw new CometInputException("give either --sources and --targets (a project) or --dataset ID / --all (benchmarks)");
            }

            if (isProject)
            {
                var task = ProjectFolderLoader.Load(
                    parse.GetValue(sources) ?? throw new CometInputException("--sources is required with --targets"),
                    parse.GetValue(targets) ?? throw new CometInputException("--targets is required with --sources"),
                    parse.GetValue(tests), TraceCommand.SplitList(parse.GetValue(languages)!));
                var model = parse.GetValue(probabilities) is { } csv ? ProbabilityCsv.Read(csv, Path.GetFileName(csv)) : null;
                WriteTraceReport(task, ProjectTrace.Run(pipeline, task, progress), path, progress, model);
                return ExitCodes.Success;
            }

            var catalog = DatasetCatalog.Default;
            var ids = datasetId is not null ? [catalog.Describe(datasetId).Id] : catalog.TaskIds.Where(id => catalog.Describe(id).IsBenchmark).ToList();
            WriteEvaluationReport(ids, pipeline, DataRoot.Resolve(parse.GetValue(data)), path, progress);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Trace report of a project: targets as "code" and, when the project has tests, a second group
    /// "tests". Each group shows its own run's probabilities (a model fitted to requirement -> code says
    /// nothing of requirement -> test pairs); <paramref name="codeModel"/> replaces the code group's
    /// (a --probabilities file of `comet report`).
    /// </summary>
    internal static void WriteTraceReport(TraceTask task, ProjectTraceResult traced, string path, ProgressReporter progress, ILinkProbabilities? codeModel = null)
    {
        var code = traced.Code;
        var groups = new List<TargetGroupInput>
        {
            new("code", task.Sources, task.Targets, code.RankedBy, code.Ranking, code.Matrices, task.Gold, codeModel ?? Explained(code)),
        };
        if (traced.Tests is { } tests)
        {
            groups.Add(new TargetGroupInput(tests.Task.Targets.Name, task.Sources, tests.Task.Targets, tests.RankedBy, tests.Ranking, tests.Matrices, tests.Task.Gold, Explained(tests)));
        }

        var report = new HtmlReport("Comet traceability report: " + task.Id, [TaskReportBuilder.Build(task, groups, [], sourceName: "requirements")], DateTimeOffset.UtcNow);
        Written(path, OutputFile.Write(CheckOutput(path), stream => stream.Write(Encoding.UTF8.GetBytes(HtmlReportWriter.Render(report)))), progress);
    }

    private static ExplainedPosteriors? Explained(TraceResult result) =>
        result.Posteriors is { } posteriors ? new ExplainedPosteriors(result.RankedBy, posteriors) : null;

    /// <summary>Evaluation report: every task's runs with plots; a single task also gets requirements, gaps and matrix.</summary>
    internal static void WriteEvaluationReport(IReadOnlyList<string> taskIds, TracePipeline pipeline, string dataRoot, string path, ProgressReporter progress)
    {
        var reference = TryReferenceOutputs(progress);
        var tasks = new List<TaskReport>();
        for (var i = 0; i < taskIds.Count; i++)
        {
            progress.Line($"[{i + 1}/{taskIds.Count}] {taskIds[i]}");
            var task = DatasetCatalog.Default.Load(taskIds[i], dataRoot);
            tasks.Add(EvaluationTaskReport(pipeline.Run(task, progress: null), pipeline, reference, fullView: taskIds.Count == 1));
        }

        WriteEvaluationReport(tasks, path, progress);
    }

    /// <summary>Writes an evaluation report of task reports already built (see <see cref="EvaluationTaskReport"/>).</summary>
    internal static void WriteEvaluationReport(IReadOnlyList<TaskReport> tasks, string path, ProgressReporter progress)
    {
        var title = tasks.Count == 1 ? "Comet evaluation report: " + tasks[0].TaskId : "Comet evaluation report: " + tasks.Count.ToString(CultureInfo.InvariantCulture) + " benchmark tasks";
        var report = new HtmlReport(title, tasks, DateTimeOffset.UtcNow);
        Written(path, OutputFile.Write(CheckOutput(path), stream => stream.Write(Encoding.UTF8.GetBytes(HtmlReportWriter.Render(report)))), progress);
    }

    /// <summary>
    /// One task's part of an evaluation report, from measures already computed: every measure's run, the
    /// link model's (hbn; "none" for measures only) and COMET's released output where it exists.
    /// </summary>
    /// <param name="fullView">Also requirements, gaps and the matrix (one task only: a matrix per task would make an --all page of dozens of megabytes).</param>
    internal static TaskReport EvaluationTaskReport(TraceResult result, TracePipeline pipeline, ReferenceOutputCatalog? reference, bool fullView, string model = ModelDefaults.Model)
    {
        var task = result.Task;
        var runs = TaskReportBuilder.EvaluateRuns(task, result.Matrices, reference).ToList();
        PosteriorProbabilities? probabilities = null;
        if (ModelNames.Resolve(model) is not null)
        {
            // The model's probabilities (not its log-odds) rank the run, so the calibration plot reads them as they are.
            var posteriors = TracePipeline.Infer(pipeline.Evidence(result, [], transitive: false), model);
            var ranking = RankedLinks.FromMatrix(posteriors.ToProbabilityMatrix());
            var metrics = Evaluator.Evaluate(ranking, task.Gold, CandidateSpace.FromTask(task), 0.5);
            runs.Add(new EvaluatedRun(ModelNames.RunName(model), RunKind.Model, ranking, metrics, ScoresAreProbabilities: true));
            probabilities = new PosteriorProbabilities(ModelNames.RunName(model), posteriors);
        }

        IReadOnlyList<TargetGroupInput> groups = fullView
            ? [new(task.Targets.Name, task.Sources, task.Targets, result.RankedBy, result.Ranking, result.Matrices, task.Gold, probabilities)]
            : [];
        return TaskReportBuilder.Build(task, groups, runs);
    }

    internal static string CheckOutput(string path, string option = "--out")
    {
        if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new CometInputException($"the report file must end in .html: {path}");
        }

        return OutputFile.CheckWritable(path, option);
    }

    private static void Written(string path, long bytes, ProgressReporter progress) =>
        progress.Line(string.Create(CultureInfo.InvariantCulture, $"wrote report {path} ({bytes / 1024.0:0} KiB)"));

    // The released COMET outputs are optional: without them the report simply has no COMET rows.
    internal static ReferenceOutputCatalog? TryReferenceOutputs(ProgressReporter progress)
    {
        try
        {
            var catalog = ReferenceOutputCatalog.Load(ReferenceRoot.Resolve());
            if (catalog.MissingFiles.Count > 0)
            {
                var examples = string.Join(", ", catalog.MissingFiles.Take(3).Select(e => e.RelativePath));
                progress.Line($"note: {catalog.MissingFiles.Count} COMET reference output files are missing; only their runs are left out (e.g. {examples})");
            }

            return catalog;
        }
        catch (CometInputException e)
        {
            progress.Line($"note: no COMET reference outputs ({e.Message})");
            return null;
        }
    }
}

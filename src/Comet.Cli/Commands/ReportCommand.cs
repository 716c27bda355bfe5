using System.CommandLine;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Loading;
using Comet.Loading.Catalog;
using Comet.Loading.Projects;
using Comet.Pipeline;
using Comet.Pipeline.Reporting;
using Comet.Reporting.Html.Building;

namespace Comet.Cli.Commands;

/// <summary>
/// `comet report`: one self-contained HTML page, either for a project (trace + report) or for
/// benchmark tasks (evaluation report). The pipeline composes both (<see cref="TraceReport"/>,
/// <see cref="EvaluationReport"/>), as it does for `trace --report` and `evaluate --report`.
/// </summary>
internal static class ReportCommand
{
    /// <param name="clock">Dates the report.</param>
    public static Command Create(TimeProvider clock)
    {
        var project = new ProjectOptions();
        var benchmark = new BenchmarkOptions();
        var tests = new Option<string?>("--tests") { Description = "Optional folder of tests; the report then lists linked tests too." };
        var probabilities = new Option<string?>("--probabilities") { Description = "CSV source,target,probability[,explanation] from a model; else buckets use scaled scores." };
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true };
        var command = new Command("report", "Write a self-contained HTML report (traceability, gaps, matrix; plots for benchmarks, with --all tables and plots only).")
        {
            project.Sources, project.Targets, tests, project.Languages, benchmark.Dataset, benchmark.All, benchmark.Data, benchmark.Measures, probabilities, output, benchmark.Quiet,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            using var progress = new ProgressReporter(parse.GetValue(benchmark.Quiet));
            var path = ReportFile.Check(parse.GetValue(output)!, "--out");
            var pipeline = new TracePipeline(new PipelineOptions { Measures = ListValue.Split(parse.GetValue(benchmark.Measures)!) });
            var datasetId = parse.GetValue(benchmark.Dataset);
            var isProject = parse.GetValue(project.Sources) is not null || parse.GetValue(project.Targets) is not null;
            if (isProject == (datasetId is not null || parse.GetValue(benchmark.All)))
            {
                throw new CometInputException("give either --sources and --targets (a project) or --dataset ID / --all (benchmarks)");
            }

            if (isProject)
            {
                var task = ProjectFolderLoader.Load(
                    parse.GetValue(project.Sources) ?? throw new CometInputException("--sources is required with --targets"),
                    parse.GetValue(project.Targets) ?? throw new CometInputException("--targets is required with --sources"),
                    parse.GetValue(tests), ListValue.Split(parse.GetValue(project.Languages)!));
                var model = parse.GetValue(probabilities) is { } csv ? ProbabilityCsv.Read(csv, Path.GetFileName(csv)) : null;
                ReportFile.Write(TraceReport.Compose(task, ProjectTrace.Run(pipeline, task, progress), clock, model), path, progress);
                return ExitCodes.Success;
            }

            var catalog = DatasetCatalog.Default;
            var ids = datasetId is not null ? [catalog.Describe(datasetId).Id] : catalog.BenchmarkIds;
            var dataRoot = DataRoot.Resolve(parse.GetValue(benchmark.Data));
            var reference = ReferenceOutputs.TryLoad(progress.Line);
            var tasks = EvaluationReport.ForTasks(ids, pipeline, catalog, dataRoot, reference, i => progress.Line($"[{i + 1}/{ids.Count}] {ids[i]}"));
            ReportFile.Write(EvaluationReport.Compose(tasks, clock), path, progress);
            return ExitCodes.Success;
        }));
        return command;
    }
}

using System.CommandLine;
using Comet.Cli.Caching;
using Comet.Cli.Options;
using Comet.Cli.Output;
using Comet.Cli.Progress;
using Comet.Cli.Trace;
using Comet.Loading.Projects;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;
using Comet.Pipeline.Reporting;

namespace Comet.Cli.Commands;

/// <summary>`comet trace`: rank the links between the files of any project's folders (the main job).</summary>
internal static class TraceCommand
{
    /// <param name="clock">Dates the --report page.</param>
    public static Command Create(TimeProvider clock)
    {
        var project = new ProjectOptions();
        var tests = new Option<string?>("--tests") { Description = "Folder of tests: adds the requirement -> test view (and, with --transitive, test paths as evidence for requirement -> code)." };
        var testsInclude = ProjectOptions.FolderInclude(ProjectFolderRole.Tests, "'*Test.java'");
        var model = new Option<string>("--model") { Description = $"Link model: {ModelNames.Hbn} (hierarchical Bayesian), {ModelNames.Comet} (original COMET Stage 1), {ModelNames.InferNet} (the Infer.NET cross-check) or {ModelNames.None}.", DefaultValueFactory = _ => ModelDefaults.Model };
        var transitive = new Option<bool>("--transitive") { Description = "Use the tests folder and similar requirements as transitive evidence." };
        var structure = new Option<bool>("--structure") { Description = "Use the code graph of the targets (imports, inheritance, type references, calls) as transitive evidence: a file linked to a requirement makes its collaborators more likely." };
        var top = new Option<string?>("--top") { Description = $"Keep the N best candidates PER REQUIREMENT (default {TraceRequest.DefaultTop}), or 'all'." };
        var format = new Option<string?>("--format") { Description = "table (for people), csv or json (for programs). Default: from the --out extension (.txt, .csv, .json); on stdout a table at a terminal, else csv." };
        var output = new Option<string?>("--out") { Description = "Write the links to FILE.csv, FILE.json or FILE.txt instead of stdout." };
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report to FILE.html." };
        var progressOption = new Option<bool>("--progress") { Description = "Show live progress even when stderr is not a terminal." };
        var answers = new Option<string?>("--answers") { Description = "A CSV of your answers (header source,target,answer; answer yes, no or 1-5): the model learns from them. `comet review` says which links to answer first." };
        var lsiWarmStart = new Option<bool>("--lsi-warm-start")
        {
            Description = "Above 1,500 files, start LSI from the last decomposition in the cache folder when at most 1% of the files changed: faster, but its scores differ slightly from a full decomposition's (off by default).",
        };
        var verbose = new Option<bool>("--verbose") { Description = "List every skipped file (hidden, ignored, empty, binary, special, symlink loops) with its reason." };

        var command = new Command("trace", "Rank candidate trace links between two folders of artifacts. Hidden files and what .gitignore ignores are left out; empty, binary and special files are skipped with a summary.")
        {
            project.Sources, project.Targets, tests, project.Languages, project.Measures, model, transitive, structure, top, format, output, report,
            project.Include, project.SourcesInclude, project.TargetsInclude, testsInclude, project.Exclude, answers, project.Cache, project.Quiet, progressOption, verbose, lsiWarmStart,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var request = project.Request(parse, parse.GetValue(tests), parse.GetValue(top), parse.GetValue(format), parse.GetValue(output), parse.GetValue(report), parse.GetValue(testsInclude));
            using var progress = new ProgressReporter(parse.GetValue(project.Quiet), parse.GetValue(progressOption), parse.GetValue(verbose));
            var embedding = EmbeddingCacheOption.Resolve(parse.GetValue(project.Cache), progress);
            var pipeline = new TracePipeline(new PipelineOptions
            {
                Measures = request.Measures,
                Model = parse.GetValue(model)!,
                Transitive = parse.GetValue(transitive),
                Structure = parse.GetValue(structure),
                Embedding = embedding,
                CacheFolder = EmbeddingCacheOption.Root(embedding),
                LsiWarmStart = parse.GetValue(lsiWarmStart),
                Inference = ModelDefaults.PeoplesAnswers,
            });

            var load = Load(request, progress);
            var task = load.Task;
            progress.Line($"loaded {task.Sources.Count} sources, {task.Targets.Count} targets" + (task.Intermediates.Count > 0 ? $", {task.Intermediates[0].Count} tests" : string.Empty));
            LoadSummary.PrintItemDocuments(load.ItemDocuments, progress);
            LoadSummary.Print(load.Skipped, progress);

            var given = ReadAnswers(parse.GetValue(answers), task, progress);
            progress.ExpectStages(task.Id, ProjectTrace.Stages(pipeline));
            var traced = ProjectTrace.Run(pipeline, task, given, progress);
            progress.End();
            if (given.Count > 0 && traced.Code.Posteriors is { } posteriors)
            {
                progress.Line("answers: " + AnswerLearningText.Describe(posteriors.Parameters.AnswerLearning, given.Count, given.Count(a => a.SaysLink)));
            }

            var views = TraceLinkViews.Of(traced, request.Top);
            LinkOutput.Write(request.Format, request.Out, task.Id, views);
            if (request.Report is { } reportPath)
            {
                // The listing's probabilities serve the report too: one model read per view, not two.
                var html = TraceReport.Compose(
                    task, traced, clock, TraceLinkViews.ProbabilitiesOf(views, ProjectTrace.CodeView), TraceLinkViews.ProbabilitiesOf(views, ProjectTrace.TestsView));
                ReportFile.Write(html, reportPath, progress);
            }

            if (request.Out is not null)
            {
                progress.Line($"wrote {views.Sum(v => v.Rows.Count)} links to {request.Out}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The answers of --answers on this project's links (none without the option), with a line on what was read.</summary>
    internal static IReadOnlyList<Inference.Evidence.FeedbackAnswer> ReadAnswers(string? path, Core.Tasks.TraceTask task, ProgressReporter progress)
    {
        if (path is null)
        {
            return [];
        }

        var (read, unknown, blank) = AnswersFile.Read(path, task);
        var left = new List<string>();
        if (unknown > 0)
        {
            left.Add($"{unknown} about links this project no longer has, left out");
        }

        if (blank > 0)
        {
            left.Add($"{blank} {(blank == 1 ? "line" : "lines")} with the answer still blank, not counted");
        }

        progress.Line($"read {read.Count} answers from {path}" + (left.Count > 0 ? $" ({string.Join("; ", left)})" : string.Empty));
        return read;
    }

    internal static ProjectLoad Load(TraceRequest request, ProgressReporter progress)
    {
        try
        {
            // Walking a folder comes first and has no total; reading its files then counts towards one.
            progress.Begin("listing files");
            ProjectFolderRole? reading = null;
            return ProjectFolderLoader.LoadWithSkips(
                request.Sources, request.Targets, request.Tests, request.Languages, request.Walk,
                (role, done, total) =>
                {
                    if (role != reading)
                    {
                        reading = role;
                        progress.Begin($"reading {role.ToString().ToLowerInvariant()} files", total);
                    }

                    progress.Advance(done);
                    if (done == total)
                    {
                        progress.Begin("listing files");
                    }
                });
        }
        finally
        {
            progress.End();
        }
    }
}

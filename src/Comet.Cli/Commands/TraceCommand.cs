using System.CommandLine;
using Comet.Core;
using Comet.Loading.Projects;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;
using Comet.Reporting.Links;

namespace Comet.Cli.Commands;

/// <summary>`comet trace`: rank the links between the files of any project's folders (the main job).</summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var sources = new Option<string>("--sources") { Description = "Folder of source artifacts (e.g. requirements).", Required = true };
        var targets = new Option<string>("--targets") { Description = "Folder of target artifacts (e.g. source code).", Required = true };
        var tests = new Option<string?>("--tests") { Description = "Optional folder of test files (intermediate artifacts)." };
        var languages = new Option<string>("--languages") { Description = "Natural languages of the text: en, it or en,it.", DefaultValueFactory = _ => "en" };
        var measures = new Option<string>("--measures") { Description = "Comma-separated measures the model combines (without a model, the first ranks the links). The default adds the offline MiniLM embedding to the four lexical measures: mean AP .433 against .407 over the 67 benchmark tasks (datasets/results.md).", DefaultValueFactory = _ => "vsm,lsi,js,bm25,embedding" };
        var model = new Option<string>("--model") { Description = "Link model: hbn (hierarchical Bayesian), comet (original COMET Stage 1) or none.", DefaultValueFactory = _ => "hbn" };
        var transitive = new Option<bool>("--transitive") { Description = "Use the tests folder and similar requirements as transitive evidence." };
        var output = new Option<string?>("--out") { Description = "Write the ranked links to FILE.csv or FILE.json (default: CSV on stdout)." };
        var top = new Option<int?>("--top") { Description = "Keep only the N best-ranked links." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr." };
        var report = new Option<string?>("--report") { Description = "Also write a self-contained HTML report to FILE.html." };

        var command = new Command("trace", "Rank candidate trace links between two folders of artifacts.")
        {
            sources, targets, tests, languages, measures, model, transitive, output, top, quiet, report,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var progress = new ProgressReporter(parse.GetValue(quiet));
            var topN = parse.GetValue(top);
            if (topN is <= 0)
            {
                throw new CometInputException($"--top must be positive, got {topN}");
            }

            var outPath = parse.GetValue(output);
            var format = OutputFormat(outPath);
            var task = ProjectFolderLoader.Load(
                parse.GetValue(sources)!, parse.GetValue(targets)!, parse.GetValue(tests), SplitList(parse.GetValue(languages)!));
            progress.Line($"loaded {task.Sources.Count} sources, {task.Targets.Count} targets");

            var pipeline = new TracePipeline(new PipelineOptions
            {
                Measures = SplitList(parse.GetValue(measures)!),
                Model = parse.GetValue(model)!,
                Transitive = parse.GetValue(transitive),
            });
            var result = pipeline.Run(task, progress);
            var table = new LinkTable(result.Ranking, result.Matrices, result.Posteriors is { } posteriors ? LinkDetails.From(posteriors) : null);
            WriteLinks(outPath, format, task.Id, table, topN);
            if (parse.GetValue(report) is { } reportPath)
            {
                var probabilities = result.Posteriors is { } model ? new PosteriorProbabilities(result.RankedBy, model) : null;
                ReportCommand.WriteTraceReport(task, result, pipeline, reportPath, progress, probabilities);
            }

            if (outPath is not null)
            {
                progress.Line($"wrote {Math.Min(topN ?? int.MaxValue, table.Ranking.Count)} links to {outPath}");
            }

            return 0;
        }));
        return command;
    }

    internal static IReadOnlyList<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string OutputFormat(string? path) =>
        Path.GetExtension(path ?? ".csv").ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".json" => "json",
            _ => throw new CometInputException($"--out must end in .csv or .json: {path}"),
        };

    private static void WriteLinks(string? path, string format, string taskId, LinkTable table, int? top)
    {
        if (path is null)
        {
            LinkCsvWriter.Write(Console.Out, table, top);
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CometInputException($"output folder does not exist: {directory}");
        }

        // Write to a temporary file first so a failed run never leaves half a file behind.
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            if (format == "json")
            {
                LinkJsonWriter.Write(stream, taskId, table, top);
            }
            else
            {
                using var writer = new StreamWriter(stream);
                LinkCsvWriter.Write(writer, table, top);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}

using System.CommandLine;
using System.Globalization;
using Comet.Cli.Caching;
using Comet.Cli.Options;
using Comet.Cli.Progress;
using Comet.Cli.Trace;
using Comet.Core;
using Comet.Inference.Review;
using Comet.Pipeline;
using Comet.Pipeline.Modelling;

namespace Comet.Cli.Commands;

/// <summary>
/// `comet review`: which links to answer next. Traces the project as `comet trace` does (with the
/// answers already given), then lists the unanswered links whose answers would teach the model most
/// (<see cref="ReviewQueue"/>). Answer them in the --answers file and run again: each round the model
/// learns, and the questions move on.
/// </summary>
internal static class ReviewCommand
{
    public const int DefaultNext = 10;

    public static Command Create()
    {
        var project = new ProjectOptions();
        var answers = new Option<string?>("--answers") { Description = "The CSV of answers given so far (header source,target,answer; answer yes, no or 1-5)." };
        var next = new Option<int>("--next") { Description = $"How many links to ask about (default {DefaultNext}).", DefaultValueFactory = _ => DefaultNext };
        var format = new Option<string?>("--format") { Description = "table (for people) or csv (append your answers and pass it as --answers). Default: table at a terminal, else csv." };

        var command = new Command("review", "List the links whose answers would teach the model most: answer them, add them to --answers, run again.")
        {
            project.Sources, project.Targets, project.Languages, project.Measures, answers, next, format, project.Include, project.SourcesInclude, project.TargetsInclude, project.Exclude, project.Cache, project.Quiet,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var count = parse.GetValue(next);
            if (count is < 1 or > 1000)
            {
                throw new CometInputException($"--next must be 1 to 1000, not {count}");
            }

            var request = project.Request(parse, tests: null, top: "all", parse.GetValue(format), output: null, report: null);
            if (request.Format is not ("table" or "csv"))
            {
                throw new CometInputException("--format must be table or csv for comet review");
            }

            using var progress = new ProgressReporter(parse.GetValue(project.Quiet));
            var embedding = EmbeddingCacheOption.Resolve(parse.GetValue(project.Cache), progress);
            var pipeline = new TracePipeline(new PipelineOptions
            {
                Measures = request.Measures,
                Model = ModelDefaults.Model, // the review queue reads the link model's posteriors
                Embedding = embedding,
                CacheFolder = EmbeddingCacheOption.Root(embedding),
                Inference = ModelDefaults.PeoplesAnswers,
            });
            var task = TraceCommand.Load(request, progress).Task;
            var given = TraceCommand.ReadAnswers(parse.GetValue(answers), task, progress);
            progress.ExpectStages(task.Id, ProjectTrace.Stages(pipeline));
            var traced = pipeline.Run(task, given, progress);
            progress.End();

            var posteriors = traced.Posteriors!;
            var asked = ReviewQueue.Next(posteriors, count, given.Select(a => (a.SourceId, a.TargetId)).ToHashSet());
            progress.Line(LinkCountEstimate.Of(posteriors).ToString());
            Write(Console.Out, request.Format, asked);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(TextWriter writer, string format, IReadOnlyList<ReviewQuestion> questions)
    {
        if (format == "csv")
        {
            // The answers file's own columns first, the answer left blank for the reviewer.
            writer.WriteLine("source,target,answer,probability,rank_in_source,information_bits");
            foreach (var q in questions)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{CsvFields.Quote(q.SourceId)},{CsvFields.Quote(q.TargetId)},,{q.Probability:0.000},{q.RankInSource},{q.Information:0.000}"));
            }

            return;
        }

        writer.WriteLine("Answer these first (yes / no / 1-5 in your --answers file); each answer teaches the model most where p is near 0.5:");
        var width = questions.Select(q => q.SourceId.Length + q.TargetId.Length + 4).DefaultIfEmpty(10).Max();
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var pair = $"{q.SourceId} -> {q.TargetId}";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1,3}. {pair.PadRight(width)}  p {q.Probability:0.00}  #{q.RankInSource} for its source  {q.Information:0.00} bits"));
        }
    }
}

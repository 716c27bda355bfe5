using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Core.Tasks;
using Comet.Pipeline;
using Comet.Server.Artifacts;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Scoring;
using Microsoft.Extensions.Options;

namespace Comet.Server.Runs;

/// <summary>
/// Executes one run: the version's artifacts become a <see cref="TraceTask"/>, the shared
/// <see cref="TracePipeline"/> scores it, the project's scorer turns scores and feedback into
/// probabilities, and the links are stored. Every outcome ends in a final status.
/// </summary>
internal sealed class RunExecutor(
    RunStore runs,
    ArtifactStore artifacts,
    FeedbackStore feedback,
    LinkWriter writer,
    IOptions<ServerOptions> options,
    ILogger<RunExecutor> logger)
{
    /// <param name="cancellation">Fires on a cancel request and on shutdown.</param>
    /// <param name="shutdown">Fires on shutdown only: the run is then interrupted, not cancelled.</param>
    public void Execute(long runId, CancellationToken cancellation, CancellationToken shutdown)
    {
        if (!runs.TryStart(runId))
        {
            return; // cancelled while it waited
        }

        var run = runs.Find(runId)!;
        using var scope = logger.BeginScope("Run {RunId} of {ProjectId}", runId, run.ProjectId);
        try
        {
            var summary = Trace(run, cancellation);
            if (!runs.Complete(runId, summary))
            {
                writer.Delete(runId); // cancelled just as it finished
                return;
            }

            foreach (var old in runs.MarkLinksPruned(run.ProjectId, options.Value.KeepRunsWithLinks))
            {
                writer.Delete(old);
            }

            logger.LogInformation("Run completed: {Links} links, {ProbablyLinked} probably linked, in {Seconds:0.00}s",
                summary.Links, summary.ProbablyLinked, summary.StageSeconds.Values.Sum());
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Shutdown must be quick: the links written so far are deleted by the next start's clean-up.
            if (runs.Interrupt(runId))
            {
                logger.LogInformation("Run interrupted by shutdown; it runs again when the server starts");
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            writer.Delete(runId);
            runs.Finish(runId, RunStatus.Cancelled, "cancelled");
            logger.LogInformation("Run cancelled");
        }
        catch (Exception e) when (e is CometInputException or ArgumentException)
        {
            writer.Delete(runId);
            runs.Finish(runId, RunStatus.Failed, e.Message);
            logger.LogWarning("Run failed: {Reason}", e.Message);
        }
#pragma warning disable CA1031 // a background run must end in a final status whatever went wrong
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Run failed unexpectedly");
            writer.Delete(runId);
            runs.Finish(runId, RunStatus.Failed, "internal error (" + e.GetType().Name + "); see the server log");
        }
    }

    private RunSummary Trace(RunResponse run, CancellationToken cancellation)
    {
        var settings = run.Settings;
        var stored = artifacts.Artifacts(run.ProjectId, run.Version, null, withText: true);
        var task = BuildTask(run, stored);
        RunLimits.Check(task.Sources.Count, task.Targets.Count, options.Value);

        // analyse + each measure + rank (reported by the pipeline), then score and store.
        var progress = new RunProgress(runs, run.Id, settings.Measures.Count + 4);
        // The scorer says how the shared pipeline runs (the model and the answers are part of it).
        var scorer = LinkScorers.Create(settings.Model);
        // Each person's latest answer per link: all that either scorer uses, without reading the history.
        var history = feedback.LatestAnswers(run.ProjectId);
        var pipeline = new TracePipeline(scorer.Pipeline(settings.Measures, task));
        var result = pipeline.Run(task, scorer.Answers(task, history), progress, cancellation);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scored = scorer.Score(result, history, cancellation);
        var scoring = clock.Elapsed;
        progress.Step("store");

        clock.Restart();
        var measures = new MeasureScores(result);
        var counts = writer.Write(run.Id, scored.Links, settings.Thresholds, l => measures.For(l.SourceId, l.TargetId), cancellation);
        progress.Step("stored");

        var stages = result.Timings.ToDictionary(t => t.Key, t => t.Value.TotalSeconds, StringComparer.Ordinal);
        stages["score"] = scoring.TotalSeconds;
        stages["store"] = clock.Elapsed.TotalSeconds;
        var (changed, unchanged) = ChangesSincePreviousRun(run, stored);
        return new RunSummary(
            task.Sources.Count, task.Targets.Count, task.Intermediates.Sum(s => s.Count), scored.Links.Count,
            counts[ProbabilityBucket.ProbablyLinked], counts[ProbabilityBucket.Unsure], counts[ProbabilityBucket.ProbablyNot],
            result.RankedBy, scorer.Name, scored.Calibration, scored.FeedbackApplied, changed, unchanged, stages,
            counts[ProbabilityBucket.NeedsReview], scored.LinkCount);
    }

    private static TraceTask BuildTask(RunResponse run, IReadOnlyList<ArtifactResponse> stored)
    {
        ArtifactSet Set(ArtifactRole role, string name) =>
            new(name, stored.Where(a => a.Role == role).Select(a => new Artifact(a.Id, a.Kind, a.Text!, a.Path, a.Language)));

        var intermediates = Set(ArtifactRole.Intermediate, "intermediates");
        return new TraceTask
        {
            Id = $"{run.ProjectId}@v{run.Version}",
            Sources = Set(ArtifactRole.Source, "sources"),
            Targets = Set(ArtifactRole.Target, "targets"),
            Intermediates = intermediates.Count > 0 ? [intermediates] : [],
            Languages = run.Settings.Languages,
        };
    }

    private (int Changed, int Unchanged) ChangesSincePreviousRun(RunResponse run, IReadOnlyList<ArtifactResponse> stored)
    {
        if (runs.PreviousCompleted(run.ProjectId, run.Id) is not { } previous)
        {
            return (stored.Count, 0);
        }

        var before = artifacts.Artifacts(run.ProjectId, previous.Version, null, withText: false)
            .ToDictionary(a => (a.Role, a.Id), a => a.Hash);
        var unchanged = stored.Count(a => before.TryGetValue((a.Role, a.Id), out var hash) && hash == a.Hash);
        return (stored.Count - unchanged, unchanged);
    }
}

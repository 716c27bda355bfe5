using Comet.Core;
using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Tasks;
using Comet.Measures.Embeddings;
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
    Database database,
    TimeProvider clock,
    IOptions<ServerOptions> options,
    ILogger<RunExecutor> logger)
{
    /// <param name="cancellation">Fires on a cancel request and on shutdown (and, for a claimed run, when the claim is lost).</param>
    /// <param name="shutdown">Fires on shutdown only: the run is then interrupted, not cancelled.</param>
    /// <param name="worker">
    /// The claim under which a PostgreSQL worker executes the run (<see cref="RunStore.Claim"/>), or null
    /// for SQLite's single process, which starts the run here.
    /// </param>
    public void Execute(long runId, CancellationToken cancellation, CancellationToken shutdown, string? worker = null)
    {
        if (worker is null && !runs.TryStart(runId))
        {
            return; // cancelled while it waited
        }

        var run = runs.Find(runId)!;
        using var scope = logger.BeginScope("Run {RunId} of {ProjectId}", runId, run.ProjectId);
        try
        {
            if (Trace(run, worker, cancellation) is not { } summary)
            {
                Discard(runId, worker); // cancelled just as it finished, or (PostgreSQL) the claim was lost
                return;
            }

            foreach (var old in runs.MarkLinksPruned(run.ProjectId, options.Value.KeepRunsWithLinks))
            {
                writer.Delete(old);
            }

            logger.LogInformation("Run {CompletedRunId} completed: {Links} links, {ProbablyLinked} probably linked, in {Seconds:0.00}s",
                runId, summary.Links, summary.ProbablyLinked, summary.StageSeconds.Values.Sum());
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Shutdown must be quick: the links written so far are deleted by the next start's clean-up.
            if (runs.Interrupt(runId, worker))
            {
                logger.LogInformation("Run interrupted by shutdown; it runs again when the server starts");
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Discard(runId, worker);
            runs.Finish(runId, RunStatus.Cancelled, "cancelled", worker);
            logger.LogInformation("Run cancelled");
        }
        catch (Exception e) when (e is CometInputException or ArgumentException)
        {
            Discard(runId, worker);
            runs.Finish(runId, RunStatus.Failed, e.Message, worker);
            logger.LogWarning("Run failed: {Reason}", e.Message);
        }
#pragma warning disable CA1031 // a background run must end in a final status whatever went wrong
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Run failed unexpectedly");
            Discard(runId, worker);
            runs.Finish(runId, RunStatus.Failed, "internal error (" + e.GetType().Name + "); see the server log", worker);
        }
    }

    // SQLite: the links written so far. PostgreSQL: nothing to do, the links were never committed
    // without the completion (and deleting here could remove those of a worker that took the run over).
    private void Discard(long runId, string? worker)
    {
        if (worker is null)
        {
            writer.Delete(runId);
        }
    }

    /// <returns>The summary of the completed run, or null when it could not be completed (cancelled meanwhile, or the claim lost).</returns>
    private RunSummary? Trace(RunResponse run, string? worker, CancellationToken cancellation)
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
        // As `comet trace` does: vectors, analysed text and LSI's vectors of unchanged texts come from the
        // cache folder ($COMET_CACHE, safe to share between processes), so a build that changed one file
        // recomputes little; the embedding reports its own progress, as on a cold server it is most of the run.
        var pipeline = new TracePipeline(scorer.Pipeline(settings.Measures, task) with
        {
            Embedding = new EmbeddingOptions { Progress = progress.Encoding },
            CacheFolder = CacheFolders.DefaultRoot(),
        });
        var result = pipeline.Run(task, scorer.Answers(task, history), progress, cancellation);

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var scored = scorer.Score(result, history, cancellation);
        var scoring = timer.Elapsed;
        progress.Step("store");

        timer.Restart();
        var measures = new MeasureScores(result);
        RunSummary Summarize(IReadOnlyDictionary<LinkBucket, int> counts)
        {
            var stages = result.Timings.ToDictionary(t => t.Key, t => t.Value.TotalSeconds, StringComparer.Ordinal);
            stages["score"] = scoring.TotalSeconds;
            stages["store"] = timer.Elapsed.TotalSeconds;
            var (changed, unchanged) = ChangesSincePreviousRun(run, stored);
            return new RunSummary(
                task.Sources.Count, task.Targets.Count, task.Intermediates.Sum(s => s.Count), scored.Links.Count,
                counts[LinkBucket.ProbablyLinked], counts[LinkBucket.Unsure], counts[LinkBucket.ProbablyNot],
                result.RankedBy, scorer.Name, scored.Calibration, scored.FeedbackApplied, changed, unchanged, stages,
                counts[LinkBucket.NeedsReview], scored.LinkCount);
        }

        if (worker is null)
        {
            var counts = writer.Write(run.Id, scored.Links, settings.Thresholds, l => measures.For(l.SourceId, l.TargetId), cancellation);
            progress.Step("stored");
            var summary = Summarize(counts);
            return runs.Complete(run.Id, summary) ? summary : null;
        }

        // PostgreSQL: the links and the completion commit together, and only while the claim is this worker's.
        using var connection = database.OpenPostgres()!;
        using var transaction = connection.BeginTransaction();
        var copied = LinkWriter.CopyIn(connection, run.Id, scored.Links, settings.Thresholds, l => measures.For(l.SourceId, l.TargetId), cancellation);
        progress.Step("stored");
        var completed = Summarize(copied);
        if (!RunStore.CompleteClaimed(connection, run.Id, worker, completed, clock.GetUtcNow()))
        {
            return null; // rolled back with the links
        }

        transaction.Commit();
        return completed;
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

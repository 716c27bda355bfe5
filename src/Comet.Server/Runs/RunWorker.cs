using Comet.Server.Persistence;

namespace Comet.Server.Runs;

/// <summary>
/// Executes queued runs one at a time in the background. One at a time because a run already uses
/// every core (analysis is parallel), and SQLite has one writer anyway. At start-up it first recovers
/// what the last process left: interrupted runs are queued again and link rows of runs that did not
/// complete are deleted.
/// </summary>
internal sealed class RunWorker(RunQueue queue, RunStore runs, LinkWriter links, RunExecutor executor, ILogger<RunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: deleting a crashed run's links may take seconds, and /health should answer meanwhile.
        var recovered = await Task.Run(Recover, stoppingToken);
        foreach (var id in recovered)
        {
            queue.Enqueue(id);
        }

        await foreach (var runId in queue.ReadAllAsync(stoppingToken))
        {
            // The pipeline is synchronous and CPU-bound: keep it off the request threads' pool slots.
            await Task.Factory.StartNew(() => Execute(runId, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private IReadOnlyList<long> Recover()
    {
        // Safe only because this process owns the data folder (DataFolderLock): no live process runs any of these.
        var queued = runs.RecoverAfterRestart();
        foreach (var runId in runs.RunsWithLeftoverLinks())
        {
            var deleted = links.Delete(runId);
            logger.LogInformation("Deleted {Links} links left by run {RunId}, which did not complete", deleted, runId);
        }

        if (queued.Count > 0)
        {
            logger.LogInformation("Re-queued {Count} runs that were waiting or interrupted when the server stopped", queued.Count);
        }

        return queued;
    }

    private void Execute(long runId, CancellationToken stopping)
    {
        var cancellation = queue.Track(runId, stopping); // disposed by Untrack
        try
        {
            executor.Execute(runId, cancellation.Token, stopping);
        }
#pragma warning disable CA1031 // e.g. a full disk while marking the run: log it and keep serving the queue
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Run {RunId} could not be executed", runId);
        }
        finally
        {
            queue.Untrack(runId);
        }
    }
}

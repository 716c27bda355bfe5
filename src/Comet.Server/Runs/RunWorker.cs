using Comet.Server.Persistence;

namespace Comet.Server.Runs;

/// <summary>
/// Executes queued runs one at a time in the background. One at a time because a run already uses
/// every core (analysis is parallel), and SQLite has one writer anyway.
/// </summary>
internal sealed class RunWorker(RunQueue queue, RunStore runs, RunExecutor executor, ILogger<RunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = runs.RecoverAfterRestart();
        foreach (var id in recovered)
        {
            queue.Enqueue(id);
        }

        if (recovered.Count > 0)
        {
            logger.LogInformation("Re-queued {Count} runs that were waiting when the server stopped", recovered.Count);
        }

        await foreach (var runId in queue.ReadAllAsync(stoppingToken))
        {
            // The pipeline is synchronous and CPU-bound: keep it off the request threads' pool slots.
            await Task.Factory.StartNew(() => Execute(runId, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private void Execute(long runId, CancellationToken stopping)
    {
        var cancellation = queue.Track(runId, stopping); // disposed by Untrack
        try
        {
            executor.Execute(runId, cancellation.Token);
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

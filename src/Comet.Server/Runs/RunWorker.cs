using System.Data.Common;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Microsoft.Extensions.Options;

namespace Comet.Server.Runs;

/// <summary>
/// Executes queued runs one at a time in the background. One at a time because a run already uses
/// every core (analysis is parallel), and SQLite has one writer anyway.
/// SQLite: at start-up it first recovers what the last process left: interrupted runs are queued again
/// and link rows of runs that did not complete are deleted; then it takes runs from the in-process queue.
/// PostgreSQL (roles worker and all): it claims runs from the shared database (<see cref="RunStore.Claim"/>)
/// and renews the claim's lease every third of Comet:LeaseSeconds while the run executes; when a renewal
/// finds the claim gone (cancelled, or taken over after an expired lease) the run is stopped.
/// </summary>
internal sealed class RunWorker(
    RunQueue queue, RunStore runs, LinkWriter links, RunExecutor executor, Database database, IOptions<ServerOptions> options, ILogger<RunWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunsExecuteHere)
        {
            return; // an API node: workers elsewhere claim the runs
        }

        if (database.IsPostgres)
        {
            await ClaimLoopAsync(stoppingToken);
            return;
        }

        // Off the start-up path: deleting a crashed run's links may take seconds, and /health should answer meanwhile.
        var recovered = await Task.Run(Recover, stoppingToken);
        foreach (var id in recovered)
        {
            queue.Enqueue(id);
        }

        await foreach (var runId in queue.ReadAllAsync(stoppingToken))
        {
            // The pipeline is synchronous and CPU-bound: keep it off the request threads' pool slots.
            await Task.Factory.StartNew(() => Execute(runId, null, stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private async Task ClaimLoopAsync(CancellationToken stopping)
    {
        var lease = TimeSpan.FromSeconds(options.Value.LeaseSeconds);
        var poll = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

        // Links of pruned runs whose deletion was cut off. Safe beside live workers: a run's links are
        // committed only with its completion, so no running run has any to lose.
        try
        {
            await Task.Run(
                () =>
                {
                    foreach (var runId in runs.RunsWithLeftoverLinks())
                    {
                        logger.LogInformation("Deleted {Links} links left by run {RunId}", links.Delete(runId), runId);
                    }
                },
                stopping);
        }
        catch (DbException e)
        {
            logger.LogWarning("Could not clean up leftover links: {Reason}", e.Message);
        }

        while (!stopping.IsCancellationRequested)
        {
            // A token per claim: a run this process claims again later is a different claim.
            var worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
            long? runId = null;
            try
            {
                runId = runs.Claim(worker, lease);
            }
            catch (DbException e)
            {
                logger.LogWarning("Could not claim a run: {Reason}", e.Message);
            }

            if (runId is not { } id)
            {
                try
                {
                    await queue.WaitForWorkAsync(poll, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            logger.LogInformation("Claimed run {RunId} as {Worker}", id, worker);
            // Not cancelled by the stopping token before it starts: a claimed run must reach Execute, which interrupts it properly.
            await Task.Factory.StartNew(() => ExecuteClaimed(id, worker, lease, stopping), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    private void ExecuteClaimed(long runId, string worker, TimeSpan lease, CancellationToken stopping)
    {
        // The heartbeat has a thread of its own: a run keeps every pool thread busy (parallel analysis),
        // and a timer callback queued behind it could miss the lease.
        using var done = new ManualResetEventSlim();
        var heartbeat = new Thread(() =>
        {
            while (!done.Wait(lease / 3))
            {
                Renew(runId, worker, lease);
            }
        })
        { IsBackground = true, Name = $"lease of run {runId}" };
        heartbeat.Start();
        try
        {
            Execute(runId, worker, stopping);
        }
        finally
        {
            done.Set();
            heartbeat.Join();
        }
    }

    private void Renew(long runId, string worker, TimeSpan lease)
    {
        try
        {
            if (!runs.Renew(runId, worker, lease))
            {
                logger.LogWarning("Run {RunId}: the claim {Worker} is gone (cancelled, or taken over after its lease expired); stopping it", runId, worker);
                queue.Cancel(runId);
            }
        }
        catch (DbException e)
        {
            // The next beat tries again; if none succeeds before the lease ends, another worker takes the run
            // and this one's completion is refused.
            logger.LogWarning("Run {RunId}: could not renew the lease: {Reason}", runId, e.Message);
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

    private void Execute(long runId, string? worker, CancellationToken stopping)
    {
        var cancellation = queue.Track(runId, stopping); // disposed by Untrack
        try
        {
            executor.Execute(runId, cancellation.Token, stopping, worker);
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

using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Comet.Server.Runs;

/// <summary>
/// Run ids waiting for the worker, and the cancellation source of the run under way. The queue lives
/// in memory; the database is the truth (a restart re-queues what was queued, see RunWorker).
/// </summary>
internal sealed class RunQueue
{
    private readonly Channel<long> _pending = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, CancellationTokenSource> _running = new();

    public void Enqueue(long runId)
    {
        if (!_pending.Writer.TryWrite(runId))
        {
            throw new InvalidOperationException("The run queue is closed.");
        }
    }

    /// <summary>
    /// PostgreSQL workers poll the database; a run queued through this process wakes the wait early.
    /// Returns after <paramref name="timeout"/> or when a run was enqueued here (the ids are dropped:
    /// the database says which run is next).
    /// </summary>
    public async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken stopping)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        wait.CancelAfter(timeout);
        try
        {
            await _pending.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // the timeout: look again
        }

        while (_pending.Reader.TryRead(out _))
        {
        }
    }

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken stopping) => _pending.Reader.ReadAllAsync(stopping);

    /// <summary>Registers a run as under way; its token fires on <see cref="Cancel"/> or on shutdown.</summary>
    public CancellationTokenSource Track(long runId, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _running[runId] = source;
        return source;
    }

    public void Untrack(long runId)
    {
        if (_running.TryRemove(runId, out var source))
        {
            source.Dispose();
        }
    }

    /// <returns>True when the run was under way here and has been told to stop.</returns>
    public bool Cancel(long runId)
    {
        if (!_running.TryGetValue(runId, out var source))
        {
            return false;
        }

        try
        {
            source.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            return false; // finished in the meantime
        }
    }
}

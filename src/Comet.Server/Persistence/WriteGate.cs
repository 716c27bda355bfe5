namespace Comet.Server.Persistence;

/// <summary>
/// Turns at SQLite's single write lock, decided inside the process. SQLite lets one writer in at a
/// time and a waiting writer only polls (busy_timeout sleeps of up to 100 ms), so a bulk writer that
/// takes the lock again right after a commit kept winning: feedback posts waited 1.3-5.9 s at p99 while
/// a large run stored its links. Here short writes (a reviewer's answer) announce that they wait, and a
/// bulk writer (links) commits and steps back as soon as one does, or after a few milliseconds anyway.
/// </summary>
/// <remarks>
/// Only this process's writers pass the gate; the data folder lock (DataFolderLock) makes this
/// process the only server on the database. Rare writers (run state, uploads, keys) still rely on
/// SQLite's busy_timeout.
/// </remarks>
internal sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _shortWritersWaiting;

    /// <summary>True while a short write waits for its turn: a bulk writer should commit and let it in.</summary>
    public bool ShortWriteWaiting => Volatile.Read(ref _shortWritersWaiting) > 0;

    /// <summary>Waits for the turn of a short write (one transaction of a few rows).</summary>
    public Turn EnterShort()
    {
        Interlocked.Increment(ref _shortWritersWaiting);
        try
        {
            _lock.Wait();
        }
        finally
        {
            Interlocked.Decrement(ref _shortWritersWaiting);
        }

        return new Turn(_lock);
    }

    /// <summary>Waits until no short write is waiting, then takes a turn for one bulk step.</summary>
    public Turn EnterBulk(CancellationToken cancellation)
    {
        while (true)
        {
            while (ShortWriteWaiting)
            {
                cancellation.ThrowIfCancellationRequested();
                Thread.Sleep(1);
            }

            _lock.Wait(cancellation);
            if (!ShortWriteWaiting)
            {
                return new Turn(_lock);
            }

            _lock.Release(); // one arrived while we took the lock: it goes first
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>Held for one transaction; disposing it gives the turn back.</summary>
    internal readonly struct Turn(SemaphoreSlim held) : IDisposable
    {
        public void Dispose() => held.Release();
    }
}

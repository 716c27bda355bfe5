using System.Threading.Channels;
using Comet.Server.Scoring;

namespace Comet.Server.Persistence;

/// <summary>
/// Stores feedback with group commit: answers posted at the same moment are inserted in one
/// transaction, so one disk flush (synchronous=FULL) covers them all. Each caller's task completes
/// only after that commit, so a 201 still means "on disk". With one writer there is also no lock
/// contention between concurrent posts. The same transaction updates latest_answers, each person's
/// latest answer per link, which is what a run's scorer reads (<see cref="FeedbackStore.LatestAnswers"/>).
/// </summary>
internal sealed class FeedbackWriter : IDisposable
{
    private const int MaxBatch = 256;

    private readonly Database _database;
    private readonly WriteGate _gate;
    private readonly TimeProvider _clock;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public FeedbackWriter(Database database, WriteGate gate, TimeProvider clock)
    {
        _database = database;
        _gate = gate;
        _clock = clock;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>One answer to store; the id and time are given when it is written.</summary>
    /// <param name="KeyId">The API key that posted it (audit), null when written outside a request.</param>
    public sealed record NewFeedback(string ProjectId, string Source, string Target, FeedbackVerdict Verdict, int? Likert, string Author, string? Comment, long? RunId, long? KeyId = null);

    public Task<LinkFeedback> AddAsync(NewFeedback feedback)
    {
        var pending = new Pending(feedback, new TaskCompletionSource<LinkFeedback>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : Task.FromException<LinkFeedback>(new ObjectDisposedException(nameof(FeedbackWriter)));
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(30));
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                var stored = Write(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.SetResult(stored[i]);
                }
            }
#pragma warning disable CA1031 // the callers get the exception; the loop must go on for the next batch
            catch (Exception e)
#pragma warning restore CA1031
            {
                batch.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    private List<LinkFeedback> Write(List<Pending> batch)
    {
        var now = _clock.GetUtcNow();
        using var connection = _database.Open();
        using var turn = _gate.EnterShort(); // ahead of any bulk link writing
        using var transaction = connection.BeginTransaction();
        var stored = new List<LinkFeedback>(batch.Count);
        foreach (var (f, _) in batch)
        {
            var id = connection.ScalarInt64("""
                INSERT INTO feedback (project_id, source_id, target_id, verdict, likert, author, comment, run_id, created_at, key_id)
                VALUES (@p, @s, @t, @v, @l, @a, @c, @r, @at, @key) RETURNING id
                """,
                ("@p", f.ProjectId), ("@s", f.Source), ("@t", f.Target), ("@v", f.Verdict.ToString()), ("@l", f.Likert),
                ("@a", f.Author), ("@c", f.Comment), ("@r", f.RunId), ("@at", Times.Format(now)), ("@key", f.KeyId));
            connection.Execute("""
                INSERT INTO latest_answers (project_id, source_id, target_id, author, feedback_id) VALUES (@p, @s, @t, @a, @id)
                ON CONFLICT (project_id, source_id, target_id, author) DO UPDATE SET feedback_id = excluded.feedback_id
                """,
                ("@p", f.ProjectId), ("@s", f.Source), ("@t", f.Target), ("@a", f.Author), ("@id", id));
            stored.Add(new LinkFeedback(id, f.Source, f.Target, f.Verdict, f.Likert, f.Author, f.Comment, f.RunId, now));
        }

        transaction.Commit();
        return stored;
    }

    private sealed record Pending(NewFeedback Feedback, TaskCompletionSource<LinkFeedback> Done);
}

using System.Diagnostics;
using Comet.Core.Links;
using Comet.Server.Scoring;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Comet.Server.Persistence;

/// <summary>
/// Stores the links of a run in short steps through the <see cref="WriteGate"/>: each transaction
/// holds SQLite's write lock for at most <see cref="MaxHold"/> and ends at once when a reviewer's answer
/// waits, so feedback never queues behind a 120,000-link run (it used to wait 0.8 s per 10,000-row
/// chunk). The run's links are only read once the run is completed, so a half-written run is never
/// seen, and a failed or cancelled one is deleted (here, or by the start-up clean-up after a crash).
/// On PostgreSQL the links go in with COPY inside the transaction that completes the run
/// (<see cref="CopyIn"/>): readers never wait there (MVCC), and a run's links are committed whole
/// with its completion or not at all, so a worker killed mid-run leaves nothing behind.
/// </summary>
internal sealed class LinkWriter(Database database, WriteGate gate)
{
    /// <summary>Longest time one step holds the write lock (a writer outside the gate waits at most this); 3 ms stored CCHIT as fast as 15 ms did.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromMilliseconds(3);

    /// <summary>Pause after each step, with the gate free.</summary>
    public static readonly TimeSpan Breather = TimeSpan.FromMilliseconds(1);

    /// <summary>How often the writer moves the log into the database file (outside its turn, so no answer waits for it).</summary>
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromMilliseconds(500);

    /// <summary>Rows one delete statement removes: a statement cannot be interrupted, so it is kept short.</summary>
    private const int DeleteStep = 500;

    /// <summary>
    /// PostgreSQL: copies a run's links into <paramref name="connection"/>'s open transaction (binary
    /// COPY); they become visible only when the caller commits it together with the run's completion.
    /// </summary>
    /// <returns>How many links fell into each bucket.</returns>
    public static IReadOnlyDictionary<LinkBucket, int> CopyIn(
        NpgsqlConnection connection, long runId, IReadOnlyList<ProbableLink> links, BucketThresholds thresholds, Func<ProbableLink, string> measures, CancellationToken cancellation)
    {
        var counts = Enum.GetValues<LinkBucket>().ToDictionary(b => b, _ => 0);
        using var copy = connection.BeginBinaryImport(
            "COPY links (run_id, source_id, target_id, rank, probability, bucket, score, z, measures, feedback, log_odds) FROM STDIN (FORMAT BINARY)");
        for (var i = 0; i < links.Count; i++)
        {
            if (i % 1024 == 0)
            {
                cancellation.ThrowIfCancellationRequested(); // disposing the importer unfinished cancels the COPY
            }

            var link = links[i];
            var bucket = thresholds.Classify(link.Probability, link.NeedsReview);
            counts[bucket]++;
            copy.StartRow();
            copy.Write(runId, NpgsqlDbType.Bigint);
            copy.Write(link.SourceId, NpgsqlDbType.Text);
            copy.Write(link.TargetId, NpgsqlDbType.Text);
            copy.Write(i + 1, NpgsqlDbType.Integer);
            copy.Write(link.Probability, NpgsqlDbType.Double);
            copy.Write((int)bucket, NpgsqlDbType.Integer);
            copy.Write(link.Score, NpgsqlDbType.Double);
            copy.Write(link.Z, NpgsqlDbType.Double);
            copy.Write(measures(link), NpgsqlDbType.Text);
            if (link.Feedback is null)
            {
                copy.WriteNull();
            }
            else
            {
                copy.Write(link.Feedback, NpgsqlDbType.Text);
            }

            if (link.LogOdds is { } logOdds)
            {
                copy.Write(logOdds, NpgsqlDbType.Double);
            }
            else
            {
                copy.WriteNull();
            }
        }

        copy.Complete();
        return counts;
    }

    /// <returns>How many links fell into each bucket.</returns>
    public IReadOnlyDictionary<LinkBucket, int> Write(
        long runId, IReadOnlyList<ProbableLink> links, BucketThresholds thresholds, Func<ProbableLink, string> measures, CancellationToken cancellation)
    {
        var counts = Enum.GetValues<LinkBucket>().ToDictionary(b => b, _ => 0);
        using var connection = OpenForBulk();
        using var insert = Prepare(connection);
        FileStream? log = null; // opened after the first commit, when the log file surely exists
        var held = new Stopwatch();
        var sinceCheckpoint = Stopwatch.StartNew();
        try
        {
            var i = 0;
            while (i < links.Count)
            {
                cancellation.ThrowIfCancellationRequested();
                using (gate.EnterBulk(cancellation))
                using (var transaction = connection.BeginTransaction())
                {
                    insert.Transaction = transaction;
                    held.Restart();
                    do
                    {
                        var link = links[i];
                        var bucket = thresholds.Classify(link.Probability, link.NeedsReview);
                        counts[bucket]++;
                        Bind(insert, runId, i + 1, link, bucket, measures(link));
                        insert.ExecuteNonQuery();
                        i++;
                    }
                    while (i < links.Count && held.Elapsed < MaxHold && !gate.ShortWriteWaiting);

                    transaction.Commit();
                }

                log ??= OpenLog();
                log?.Flush(flushToDisk: true);

                // A breather between steps: on a busy machine the writer can be descheduled while it holds the
                // gate, and an answer then waits for its next time slice; a short sleep after each step frees
                // the gate and a core for whoever waits.
                Thread.Sleep(Breather);

                if (sinceCheckpoint.Elapsed > CheckpointEvery)
                {
                    Checkpoint(connection);
                    sinceCheckpoint.Restart();
                }
            }
        }
        finally
        {
            log?.Dispose();
        }

        Checkpoint(connection);
        return counts;
    }

    /// <summary>Deletes a run's links in short steps (a run that failed, was cancelled or is pruned).</summary>
    /// <returns>How many rows were deleted.</returns>
    public int Delete(long runId)
    {
        if (database.IsPostgres)
        {
            // No writer lock to share: readers and answers never wait for a DELETE there.
            using var pg = database.Open();
            return pg.Execute("DELETE FROM links WHERE run_id = @r", ("@r", runId));
        }

        using var connection = OpenForBulk();
        var total = 0;
        int deleted;
        do
        {
            using var turn = gate.EnterBulk(CancellationToken.None);
            deleted = connection.Execute(
                "DELETE FROM links WHERE run_id = @r AND rank IN (SELECT rank FROM links WHERE run_id = @r ORDER BY rank LIMIT @n)",
                ("@r", runId), ("@n", DeleteStep));
            total += deleted;
        }
        while (deleted > 0);

        return total;
    }

    // Link rows need no flush of their own (synchronous=NORMAL): a run counts only once RunStore.Complete
    // commits with a full sync, which flushes the log up to and including these rows; a crash before
    // that leaves rows of an unfinished run, which the start-up clean-up deletes.
    // The steps commit without a flush (synchronous=NORMAL), so the next answer's commit, which flushes
    // the log (synchronous=FULL), used to flush all link pages written since the last checkpoint too: half
    // of an answer's wait during a store. SQLite has no call that flushes the log without committing, but
    // fsync through any handle of the file flushes all its written pages, so the writer flushes its own
    // after each step, outside its turn. (SQLite locks the -shm and database files, never the -wal file,
    // so this handle cannot release one of SQLite's POSIX locks when it is closed.)
    private FileStream? OpenLog()
    {
        var path = database.Path + "-wal";
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete) : null;
    }

    // Automatic checkpoints are off on this connection: SQLite runs them inside the commit that crosses
    // 1000 log pages, which here is nearly always a link commit, and an answer would wait for it.
    private SqliteConnection OpenForBulk()
    {
        var connection = (SqliteConnection)database.Open();
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0;");
        return connection;
    }

    // PASSIVE: copies what no reader still needs, never waits for readers or writers.
    private static void Checkpoint(SqliteConnection connection)
    {
        using var command = connection.Command("PRAGMA wal_checkpoint(PASSIVE);");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // the result row (busy, log pages, checkpointed pages) is not needed
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection)
    {
        var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO links (run_id, source_id, target_id, rank, probability, bucket, score, z, measures, feedback, log_odds)
            VALUES (@run, @s, @t, @rank, @p, @b, @score, @z, @m, @f, @lo)
            """;
        foreach (var name in new[] { "@run", "@s", "@t", "@rank", "@p", "@b", "@score", "@z", "@m", "@f", "@lo" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        return insert;
    }

    private static void Bind(SqliteCommand insert, long runId, int rank, ProbableLink link, LinkBucket bucket, string measures)
    {
        var p = insert.Parameters;
        p[0].Value = runId;
        p[1].Value = link.SourceId;
        p[2].Value = link.TargetId;
        p[3].Value = rank;
        p[4].Value = link.Probability;
        p[5].Value = (int)bucket;
        p[6].Value = link.Score;
        p[7].Value = link.Z;
        p[8].Value = measures;
        p[9].Value = (object?)link.Feedback ?? DBNull.Value;
        p[10].Value = (object?)link.LogOdds ?? DBNull.Value;
    }
}

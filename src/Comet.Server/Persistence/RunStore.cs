using System.Text.Json;
using Comet.Server.Hosting;
using Comet.Server.Projects;
using Comet.Server.Runs;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>
/// Runs and their state changes. Every transition is one conditional UPDATE, so two callers never both win.
/// On PostgreSQL, workers of several processes claim queued runs (<see cref="Claim"/>): the claim names
/// the worker and holds a lease that the worker's heartbeat renews (<see cref="Renew"/>); a worker's
/// transitions of its run (complete, interrupt, fail) take effect only while the claim is still its own.
/// </summary>
internal sealed class RunStore(Database database, TimeProvider clock)
{
    private const string Select = """
        SELECT id, project_id, version, status, stage, progress, settings, created_at, started_at, finished_at, error, summary, links_pruned
        FROM runs
        """;

    public RunResponse Create(string projectId, int version, ProjectSettings settings)
    {
        using var connection = database.Open();
        var id = connection.ScalarInt64(
            "INSERT INTO runs (project_id, version, status, settings, created_at) VALUES (@p, @v, @s, @settings, @at) RETURNING id",
            ("@p", projectId), ("@v", version), ("@s", nameof(RunStatus.Queued)),
            ("@settings", JsonSerializer.Serialize(settings, CometJson.Options)), ("@at", Now()));
        return Find(id)!;
    }

    public RunResponse? Find(long id)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE id = @id", ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Runs of a project, newest first.</summary>
    public (IReadOnlyList<RunResponse> Items, int Total) List(string projectId, int offset, int limit)
    {
        using var connection = database.Open();
        var total = (int)connection.ScalarInt64("SELECT COUNT(*) FROM runs WHERE project_id = @p", ("@p", projectId));
        using var command = connection.Command(Select + " WHERE project_id = @p ORDER BY id DESC LIMIT @limit OFFSET @offset",
            ("@p", projectId), ("@limit", limit), ("@offset", offset));
        using var reader = command.ExecuteReader();
        var runs = new List<RunResponse>();
        while (reader.Read())
        {
            runs.Add(Read(reader));
        }

        return (runs, total);
    }

    /// <summary>The newest completed run of the project before <paramref name="beforeId"/>, if any.</summary>
    public RunResponse? PreviousCompleted(string projectId, long beforeId)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE project_id = @p AND id < @id AND status = @s ORDER BY id DESC LIMIT 1",
            ("@p", projectId), ("@id", beforeId), ("@s", nameof(RunStatus.Completed)));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <returns>False when the run was no longer queued (e.g. cancelled meanwhile).</returns>
    public bool TryStart(long id) => Transition(id, RunStatus.Queued, RunStatus.Running, "started_at = @at, stage = 'starting'");

    public void Progress(long id, string stage, double progress)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE runs SET stage = @stage, progress = @progress WHERE id = @id AND status = @s",
            ("@id", id), ("@stage", stage), ("@progress", progress), ("@s", nameof(RunStatus.Running)));
    }

    public bool Complete(long id, RunSummary summary)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE runs SET status = @to, stage = NULL, progress = 1, finished_at = @at, summary = @summary WHERE id = @id AND status = @from",
            ("@id", id), ("@to", nameof(RunStatus.Completed)), ("@from", nameof(RunStatus.Running)), ("@at", Now()),
            ("@summary", JsonSerializer.Serialize(summary, CometJson.Options))) == 1;
    }

    /// <summary>
    /// PostgreSQL: completes the run in <paramref name="connection"/>'s transaction (the one that copied
    /// its links), only while <paramref name="worker"/> still holds the claim.
    /// </summary>
    /// <returns>False when the claim was lost (the lease expired and another worker took the run) or the run was cancelled.</returns>
    public static bool CompleteClaimed(DbConnection connection, long id, string worker, RunSummary summary, DateTimeOffset now) =>
        connection.Execute(
            "UPDATE runs SET status = @to, stage = NULL, progress = 1, finished_at = @at, summary = @summary, lease_until = NULL WHERE id = @id AND status = @from AND worker = @w",
            ("@id", id), ("@to", nameof(RunStatus.Completed)), ("@from", nameof(RunStatus.Running)), ("@at", Times.Format(now)),
            ("@summary", JsonSerializer.Serialize(summary, CometJson.Options)), ("@w", worker)) == 1;

    /// <param name="worker">The claim a worker ends (PostgreSQL); null for a request (cancel) or SQLite's single process.</param>
    public void Finish(long id, RunStatus status, string? error, string? worker = null)
    {
        List<(string, object?)> parameters =
        [
            ("@id", id), ("@to", status.ToString()), ("@at", Now()), ("@error", error),
            ("@queued", nameof(RunStatus.Queued)), ("@running", nameof(RunStatus.Running)), ("@interrupted", nameof(RunStatus.Interrupted)),
        ];
        if (worker is not null)
        {
            parameters.Add(("@w", worker));
        }

        using var connection = database.Open();
        connection.Execute("UPDATE runs SET status = @to, stage = NULL, finished_at = @at, error = @error WHERE id = @id AND status IN (@queued, @running, @interrupted)"
            + (worker is null ? string.Empty : " AND worker = @w"), [.. parameters]);
    }

    /// <summary>
    /// PostgreSQL: claims the oldest queued run, or a running one whose lease has expired (its worker
    /// died), for <paramref name="worker"/>. Row locks with SKIP LOCKED let workers claim side by side
    /// without waiting for or taking each other's run. A re-claimed run counts a restart; one restarted
    /// <see cref="MaxRestarts"/> times fails instead. Any links of an earlier claim are deleted in the
    /// same transaction (there are none unless written outside the completing transaction).
    /// </summary>
    /// <returns>The claimed run's id, or null when none is waiting.</returns>
    public long? Claim(string worker, TimeSpan lease)
    {
        using var connection = database.Open();
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.Command("""
                WITH next AS (
                    SELECT id FROM runs
                    WHERE status IN (@queued, @interrupted) OR (status = @running AND lease_until < now())
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                UPDATE runs r SET
                    restarts = r.restarts + CASE WHEN r.status = @queued THEN 0 ELSE 1 END,
                    status = @running, worker = @w, lease_until = now() + make_interval(secs => @lease),
                    started_at = @at, stage = 'starting', progress = 0, error = NULL
                FROM next WHERE r.id = next.id
                RETURNING r.id, r.restarts
                """,
                ("@queued", nameof(RunStatus.Queued)), ("@interrupted", nameof(RunStatus.Interrupted)), ("@running", nameof(RunStatus.Running)),
                ("@w", worker), ("@lease", lease.TotalSeconds), ("@at", Now()));
            long id;
            int restarts;
            using (var reader = command.ExecuteReader())
            {
                if (!reader.Read())
                {
                    return null;
                }

                (id, restarts) = (reader.GetLong(0), reader.GetInt(1));
            }

            connection.Execute("DELETE FROM links WHERE run_id = @id", ("@id", id));
            if (restarts > MaxRestarts)
            {
                connection.Execute("UPDATE runs SET status = @failed, stage = NULL, finished_at = @at, worker = NULL, lease_until = NULL, error = @error WHERE id = @id",
                    ("@id", id), ("@failed", nameof(RunStatus.Failed)), ("@at", Now()), ("@error", $"interrupted {restarts} times; not restarted again"));
                transaction.Commit();
                continue;
            }

            transaction.Commit();
            return id;
        }
    }

    /// <summary>PostgreSQL heartbeat: extends the lease of a run the worker still holds.</summary>
    /// <returns>False when the claim is gone (cancelled, or the lease expired and another worker took it): the worker must stop.</returns>
    public bool Renew(long id, string worker, TimeSpan lease)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE runs SET lease_until = now() + make_interval(secs => @lease) WHERE id = @id AND status = @running AND worker = @w",
            ("@id", id), ("@running", nameof(RunStatus.Running)), ("@w", worker), ("@lease", lease.TotalSeconds)) == 1;
    }

    /// <summary>
    /// The server is shutting down during the run. SQLite: it is queued again at the next start.
    /// PostgreSQL (<paramref name="worker"/> given): it is queued again at once, for any worker, unless
    /// it was restarted <see cref="MaxRestarts"/> times already (then it fails).
    /// </summary>
    /// <returns>False when the run was no longer running (e.g. cancelled by request meanwhile).</returns>
    public bool Interrupt(long id, string? worker = null)
    {
        using var connection = database.Open();
        if (worker is not null)
        {
            return connection.Execute("""
                UPDATE runs SET
                    status = CASE WHEN restarts >= @max THEN @failed ELSE @queued END,
                    finished_at = CASE WHEN restarts >= @max THEN @at ELSE NULL END,
                    error = CASE WHEN restarts >= @max THEN 'interrupted ' || (restarts + 1) || ' times; not restarted again' ELSE NULL END,
                    restarts = restarts + 1, stage = NULL, progress = 0, started_at = NULL, worker = NULL, lease_until = NULL
                WHERE id = @id AND status = @running AND worker = @w
                """,
                ("@id", id), ("@w", worker), ("@max", MaxRestarts), ("@at", Now()), ("@failed", nameof(RunStatus.Failed)),
                ("@queued", nameof(RunStatus.Queued)), ("@running", nameof(RunStatus.Running))) == 1;
        }

        return connection.Execute("UPDATE runs SET status = @to, stage = NULL, error = 'interrupted: the server stopped during the run; it runs again when the server starts' WHERE id = @id AND status = @from",
            ("@id", id), ("@to", nameof(RunStatus.Interrupted)), ("@from", nameof(RunStatus.Running))) == 1;
    }

    /// <summary>
    /// At start-up, with the data folder locked (so no other live process owns a run): runs still
    /// marked running were cut off by a crash and count as interrupted; interrupted runs are queued again
    /// unless they were restarted <see cref="MaxRestarts"/> times already (then they fail). Returns the queued runs.
    /// </summary>
    public IReadOnlyList<long> RecoverAfterRestart()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        (string, object?)[] states =
        [
            ("@running", nameof(RunStatus.Running)), ("@interrupted", nameof(RunStatus.Interrupted)), ("@queued", nameof(RunStatus.Queued)),
            ("@failed", nameof(RunStatus.Failed)), ("@max", MaxRestarts), ("@at", Now()),
        ];
        connection.Execute("UPDATE runs SET status = @interrupted WHERE status = @running", states);
        connection.Execute("UPDATE runs SET status = @failed, stage = NULL, finished_at = @at, error = 'interrupted ' || (restarts + 1) || ' times; not restarted again' WHERE status = @interrupted AND restarts >= @max", states);
        connection.Execute("UPDATE runs SET status = @queued, stage = NULL, progress = 0, started_at = NULL, error = NULL, restarts = restarts + 1 WHERE status = @interrupted", states);
        using var command = connection.Command("SELECT id FROM runs WHERE status = @queued ORDER BY id", states);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetLong(0));
            }
        }

        transaction.Commit();
        return ids;
    }

    /// <summary>How often a run interrupted by shutdowns or crashes is started again before it fails.</summary>
    public const int MaxRestarts = 3;

    /// <summary>Runs whose links must not exist (not completed, or pruned) but still have some: crash leftovers.</summary>
    public IReadOnlyList<long> RunsWithLeftoverLinks()
    {
        using var connection = database.Open();
        using var command = connection.Command("""
            SELECT r.id FROM runs r
            WHERE (r.status <> @completed OR r.links_pruned = 1) AND EXISTS (SELECT 1 FROM links l WHERE l.run_id = r.id)
            ORDER BY r.id
            """, ("@completed", nameof(RunStatus.Completed)));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetLong(0));
        }

        return ids;
    }

    /// <summary>
    /// Marks completed runs older than the newest <paramref name="keep"/> as pruned (their summaries stay)
    /// and returns them; their links are then deleted in short steps by <see cref="LinkWriter.Delete"/>
    /// (one DELETE of a 120,000-link run held the write lock for seconds). Reads of a pruned run's links
    /// answer "pruned" at once, and a crash before the rows are gone leaves them to the start-up clean-up.
    /// </summary>
    public IReadOnlyList<long> MarkLinksPruned(string projectId, int keep)
    {
        using var connection = database.Open();
        using var command = connection.Command($"""
            UPDATE runs SET links_pruned = 1 WHERE id IN (
                SELECT id FROM runs WHERE project_id = @p AND status = @s AND links_pruned = 0 ORDER BY id DESC LIMIT {(database.IsPostgres ? "ALL" : "-1")} OFFSET @keep)
            RETURNING id
            """, ("@p", projectId), ("@s", nameof(RunStatus.Completed)), ("@keep", keep));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetLong(0));
        }

        return ids;
    }

    private bool Transition(long id, RunStatus from, RunStatus to, string extra)
    {
        using var connection = database.Open();
        return connection.Execute($"UPDATE runs SET status = @to, {extra} WHERE id = @id AND status = @from",
            ("@id", id), ("@to", to.ToString()), ("@from", from.ToString()), ("@at", Now())) == 1;
    }

    private string Now() => Times.Format(clock.GetUtcNow());

    private static RunResponse Read(DbDataReader r) => new(
        r.GetLong(0),
        r.GetString(1),
        r.GetInt(2),
        Enum.Parse<RunStatus>(r.GetString(3)),
        r.GetStringOrNull(4),
        r.GetDouble(5),
        JsonSerializer.Deserialize<ProjectSettings>(r.GetString(6), CometJson.Options)!,
        Times.Parse(r.GetString(7)),
        r.GetStringOrNull(8) is { } started ? Times.Parse(started) : null,
        r.GetStringOrNull(9) is { } finished ? Times.Parse(finished) : null,
        r.GetStringOrNull(10),
        r.GetStringOrNull(11) is { } summary ? JsonSerializer.Deserialize<RunSummary>(summary, CometJson.Options) : null,
        r.GetLong(12) != 0);
}

using System.Text.Json;
using Comet.Server.Hosting;
using Comet.Server.Projects;
using Comet.Server.Runs;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>Runs and their state changes. Every transition is one conditional UPDATE, so two callers never both win.</summary>
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
            "INSERT INTO runs (project_id, version, status, settings, created_at) VALUES ($p, $v, $s, $settings, $at); SELECT last_insert_rowid();",
            ("$p", projectId), ("$v", version), ("$s", nameof(RunStatus.Queued)),
            ("$settings", JsonSerializer.Serialize(settings, CometJson.Options)), ("$at", Now()));
        return Find(id)!;
    }

    public RunResponse? Find(long id)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE id = $id", ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Runs of a project, newest first.</summary>
    public (IReadOnlyList<RunResponse> Items, int Total) List(string projectId, int offset, int limit)
    {
        using var connection = database.Open();
        var total = (int)connection.ScalarInt64("SELECT COUNT(*) FROM runs WHERE project_id = $p", ("$p", projectId));
        using var command = connection.Command(Select + " WHERE project_id = $p ORDER BY id DESC LIMIT $limit OFFSET $offset",
            ("$p", projectId), ("$limit", limit), ("$offset", offset));
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
        using var command = connection.Command(Select + " WHERE project_id = $p AND id < $id AND status = $s ORDER BY id DESC LIMIT 1",
            ("$p", projectId), ("$id", beforeId), ("$s", nameof(RunStatus.Completed)));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <returns>False when the run was no longer queued (e.g. cancelled meanwhile).</returns>
    public bool TryStart(long id) => Transition(id, RunStatus.Queued, RunStatus.Running, "started_at = $at, stage = 'starting'");

    public void Progress(long id, string stage, double progress)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE runs SET stage = $stage, progress = $progress WHERE id = $id AND status = $s",
            ("$id", id), ("$stage", stage), ("$progress", progress), ("$s", nameof(RunStatus.Running)));
    }

    public bool Complete(long id, RunSummary summary)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE runs SET status = $to, stage = NULL, progress = 1, finished_at = $at, summary = $summary WHERE id = $id AND status = $from",
            ("$id", id), ("$to", nameof(RunStatus.Completed)), ("$from", nameof(RunStatus.Running)), ("$at", Now()),
            ("$summary", JsonSerializer.Serialize(summary, CometJson.Options))) == 1;
    }

    public void Finish(long id, RunStatus status, string? error)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE runs SET status = $to, stage = NULL, finished_at = $at, error = $error WHERE id = $id AND status IN ($queued, $running, $interrupted)",
            ("$id", id), ("$to", status.ToString()), ("$at", Now()), ("$error", error),
            ("$queued", nameof(RunStatus.Queued)), ("$running", nameof(RunStatus.Running)), ("$interrupted", nameof(RunStatus.Interrupted)));
    }

    /// <summary>The server is shutting down during the run: it is queued again at the next start.</summary>
    /// <returns>False when the run was no longer running (e.g. cancelled by request meanwhile).</returns>
    public bool Interrupt(long id)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE runs SET status = $to, stage = NULL, error = 'interrupted: the server stopped during the run; it runs again when the server starts' WHERE id = $id AND status = $from",
            ("$id", id), ("$to", nameof(RunStatus.Interrupted)), ("$from", nameof(RunStatus.Running))) == 1;
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
            ("$running", nameof(RunStatus.Running)), ("$interrupted", nameof(RunStatus.Interrupted)), ("$queued", nameof(RunStatus.Queued)),
            ("$failed", nameof(RunStatus.Failed)), ("$max", MaxRestarts), ("$at", Now()),
        ];
        connection.Execute("UPDATE runs SET status = $interrupted WHERE status = $running", states);
        connection.Execute("UPDATE runs SET status = $failed, stage = NULL, finished_at = $at, error = 'interrupted ' || (restarts + 1) || ' times; not restarted again' WHERE status = $interrupted AND restarts >= $max", states);
        connection.Execute("UPDATE runs SET status = $queued, stage = NULL, progress = 0, started_at = NULL, error = NULL, restarts = restarts + 1 WHERE status = $interrupted", states);
        using var command = connection.Command("SELECT id FROM runs WHERE status = $queued ORDER BY id", states);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
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
            WHERE (r.status <> $completed OR r.links_pruned = 1) AND EXISTS (SELECT 1 FROM links l WHERE l.run_id = r.id)
            ORDER BY r.id
            """, ("$completed", nameof(RunStatus.Completed)));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
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
        using var command = connection.Command("""
            UPDATE runs SET links_pruned = 1 WHERE id IN (
                SELECT id FROM runs WHERE project_id = $p AND status = $s AND links_pruned = 0 ORDER BY id DESC LIMIT -1 OFFSET $keep)
            RETURNING id
            """, ("$p", projectId), ("$s", nameof(RunStatus.Completed)), ("$keep", keep));
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private bool Transition(long id, RunStatus from, RunStatus to, string extra)
    {
        using var connection = database.Open();
        return connection.Execute($"UPDATE runs SET status = $to, {extra} WHERE id = $id AND status = $from",
            ("$id", id), ("$to", to.ToString()), ("$from", from.ToString()), ("$at", Now())) == 1;
    }

    private string Now() => Times.Format(clock.GetUtcNow());

    private static RunResponse Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetInt32(2),
        Enum.Parse<RunStatus>(r.GetString(3)),
        r.GetStringOrNull(4),
        r.GetDouble(5),
        JsonSerializer.Deserialize<ProjectSettings>(r.GetString(6), CometJson.Options)!,
        Times.Parse(r.GetString(7)),
        r.GetStringOrNull(8) is { } started ? Times.Parse(started) : null,
        r.GetStringOrNull(9) is { } finished ? Times.Parse(finished) : null,
        r.GetStringOrNull(10),
        r.GetStringOrNull(11) is { } summary ? JsonSerializer.Deserialize<RunSummary>(summary, CometJson.Options) : null,
        r.GetInt64(12) != 0);
}

using System.Text;
using Comet.Server.Scoring;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>
/// The feedback history of each project: rows are only ever inserted, never updated or deleted.
/// <see cref="Add"/> returns after the commit, and the connection runs with synchronous=FULL, so an
/// acknowledged answer is on disk before the client hears about it.
/// </summary>
internal sealed class FeedbackStore(Database database, TimeProvider clock)
{
    private const string Select = "SELECT id, source_id, target_id, verdict, likert, author, comment, run_id, created_at FROM feedback";

    public LinkFeedback Add(string projectId, string source, string target, FeedbackVerdict verdict, int? likert, string author, string? comment, long? runId)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        var id = connection.ScalarInt64("""
            INSERT INTO feedback (project_id, source_id, target_id, verdict, likert, author, comment, run_id, created_at)
            VALUES ($p, $s, $t, $v, $l, $a, $c, $r, $at);
            SELECT last_insert_rowid();
            """,
            ("$p", projectId), ("$s", source), ("$t", target), ("$v", verdict.ToString()), ("$l", likert),
            ("$a", author), ("$c", comment), ("$r", runId), ("$at", Times.Format(now)));
        return new LinkFeedback(id, source, target, verdict, likert, author, comment, runId, now);
    }

    public LinkFeedback? Find(string projectId, long id)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE project_id = $p AND id = $id", ("$p", projectId), ("$id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Answers of a project, oldest first, optionally about one source and/or target.</summary>
    public (IReadOnlyList<LinkFeedback> Items, int Total) History(string projectId, string? source, string? target, int offset, int limit)
    {
        var where = new StringBuilder("project_id = $p");
        var parameters = new List<(string, object?)> { ("$p", projectId) };
        if (source is not null)
        {
            where.Append(" AND source_id = $s");
            parameters.Add(("$s", source));
        }

        if (target is not null)
        {
            where.Append(" AND target_id = $t");
            parameters.Add(("$t", target));
        }

        using var connection = database.Open();
        var total = (int)connection.ScalarInt64($"SELECT COUNT(*) FROM feedback WHERE {where}", [.. parameters]);
        parameters.Add(("$limit", limit));
        parameters.Add(("$offset", offset));
        using var command = connection.Command($"{Select} WHERE {where} ORDER BY id LIMIT $limit OFFSET $offset", [.. parameters]);
        return (ReadAll(command), total);
    }

    /// <summary>Every answer of the project, oldest first: what a scorer learns from.</summary>
    public IReadOnlyList<LinkFeedback> All(string projectId)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE project_id = $p ORDER BY id", ("$p", projectId));
        return ReadAll(command);
    }

    private static List<LinkFeedback> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var items = new List<LinkFeedback>();
        while (reader.Read())
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static LinkFeedback Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        Enum.Parse<FeedbackVerdict>(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetInt32(4),
        r.GetString(5),
        r.GetStringOrNull(6),
        r.IsDBNull(7) ? null : r.GetInt64(7),
        Times.Parse(r.GetString(8)));
}

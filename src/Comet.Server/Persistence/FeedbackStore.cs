using System.Text;
using Comet.Server.Scoring;
using System.Data.Common;

namespace Comet.Server.Persistence;

/// <summary>
/// Reads the feedback history of each project. Rows are only ever inserted (by
/// <see cref="FeedbackWriter"/>), never updated or deleted; latest_answers points at each person's
/// latest one per link.
/// </summary>
internal sealed class FeedbackStore(Database database)
{
    private const string Select = "SELECT id, source_id, target_id, verdict, likert, author, comment, run_id, created_at FROM feedback";

    public LinkFeedback? Find(string projectId, long id)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE project_id = @p AND id = @id", ("@p", projectId), ("@id", id));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>Answers of a project, oldest first, optionally about one source and/or target.</summary>
    public (IReadOnlyList<LinkFeedback> Items, int Total) History(string projectId, string? source, string? target, int offset, int limit)
    {
        var where = new StringBuilder("project_id = @p");
        var parameters = new List<(string, object?)> { ("@p", projectId) };
        if (source is not null)
        {
            where.Append(" AND source_id = @s");
            parameters.Add(("@s", source));
        }

        if (target is not null)
        {
            where.Append(" AND target_id = @t");
            parameters.Add(("@t", target));
        }

        using var connection = database.Open();
        var total = (int)connection.ScalarInt64($"SELECT COUNT(*) FROM feedback WHERE {where}", [.. parameters]);
        parameters.Add(("@limit", limit));
        parameters.Add(("@offset", offset));
        using var command = connection.Command($"{Select} WHERE {where} ORDER BY id LIMIT @limit OFFSET @offset", [.. parameters]);
        return (ReadAll(command), total);
    }

    /// <summary>
    /// Each person's latest answer about each link of the project, oldest first: everything both scorers
    /// use (the interim scorer takes the latest per link, the hbn scorer the latest per link and person),
    /// read from latest_answers, so its cost grows with the answered links, not with the history.
    /// </summary>
    public IReadOnlyList<LinkFeedback> LatestAnswers(string projectId)
    {
        using var connection = database.Open();
        using var command = connection.Command("""
            SELECT f.id, f.source_id, f.target_id, f.verdict, f.likert, f.author, f.comment, f.run_id, f.created_at
            FROM latest_answers l JOIN feedback f ON f.id = l.feedback_id
            WHERE l.project_id = @p ORDER BY f.id
            """, ("@p", projectId));
        return ReadAll(command);
    }

    /// <summary>Every answer of the project, oldest first (the whole history; scoring reads <see cref="LatestAnswers"/>).</summary>
    public IReadOnlyList<LinkFeedback> All(string projectId)
    {
        using var connection = database.Open();
        using var command = connection.Command(Select + " WHERE project_id = @p ORDER BY id", ("@p", projectId));
        return ReadAll(command);
    }

    private static List<LinkFeedback> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var items = new List<LinkFeedback>();
        while (reader.Read())
        {
            items.Add(Read(reader));
        }

        return items;
    }

    private static LinkFeedback Read(DbDataReader r) => new(
        r.GetLong(0),
        r.GetString(1),
        r.GetString(2),
        Enum.Parse<FeedbackVerdict>(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetInt(4),
        r.GetString(5),
        r.GetStringOrNull(6),
        r.IsDBNull(7) ? null : r.GetLong(7),
        Times.Parse(r.GetString(8)));
}

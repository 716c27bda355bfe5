using System.Data.Common;
using System.Text;
using Comet.Core.Links;
using Comet.Inference.Review;
using Comet.Server.Links;
using Comet.Server.Scoring;
using Comet.Server.Validation;

namespace Comet.Server.Persistence;

/// <summary>Reads the links of completed runs: filtered pages, single links, gaps and diffs.</summary>
internal sealed class LinkStore(Database database)
{
    private const string LinkColumns = "source_id, target_id, rank, probability, bucket, score, feedback";

    public Page<LinkResponse> Query(long runId, LinkFilter filter, int offset, int limit)
    {
        // Only the given conditions go into the SQL, so that SQLite can pick the matching index.
        var where = new StringBuilder("run_id = @r");
        var parameters = new List<(string, object?)> { ("@r", runId) };
        if (filter.Source is not null)
        {
            where.Append(" AND source_id = @s");
            parameters.Add(("@s", filter.Source));
        }

        if (filter.Target is not null)
        {
            where.Append(" AND target_id = @t");
            parameters.Add(("@t", filter.Target));
        }

        if (filter.Bucket is not null)
        {
            where.Append(" AND bucket = @b");
            parameters.Add(("@b", (int)filter.Bucket));
        }

        using var connection = database.Open();
        var total = (int)connection.ScalarInt64($"SELECT COUNT(*) FROM links WHERE {where}", [.. parameters]);
        parameters.Add(("@limit", limit));
        parameters.Add(("@offset", offset));
        using var command = connection.Command($"SELECT {LinkColumns} FROM links WHERE {where} ORDER BY rank LIMIT @limit OFFSET @offset", [.. parameters]);
        using var reader = command.ExecuteReader();
        var items = new List<LinkResponse>();
        while (reader.Read())
        {
            items.Add(ReadLink(reader));
        }

        return new Page<LinkResponse>(total, offset, limit, items);
    }

    /// <returns>
    /// The link, the first measure's z-value, the link model's posterior log-odds (null without a model,
    /// and for links stored before schema step 6) and its per-measure scores (JSON), or null.
    /// </returns>
    public (LinkResponse Link, double Z, double? LogOdds, string Measures)? Find(long runId, string source, string target)
    {
        using var connection = database.Open();
        using var command = connection.Command($"SELECT {LinkColumns}, z, log_odds, measures FROM links WHERE run_id = @r AND source_id = @s AND target_id = @t",
            ("@r", runId), ("@s", source), ("@t", target));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (ReadLink(reader), reader.GetDouble(7), reader.IsDBNull(8) ? null : reader.GetDouble(8), reader.GetString(9)) : null;
    }

    /// <summary>Rank of the link among the links of its source (1 = the source's best).</summary>
    public int RankWithinSource(long runId, string source, int rank)
    {
        using var connection = database.Open();
        return 1 + (int)connection.ScalarInt64("SELECT COUNT(*) FROM links WHERE run_id = @r AND source_id = @s AND rank < @rank",
            ("@r", runId), ("@s", source), ("@rank", rank));
    }

    /// <summary>The best <paramref name="perSource"/> links of every source, with their rank among the source's links (1 = best).</summary>
    public IReadOnlyList<ReviewCandidate> TopPerSource(long runId, int perSource)
    {
        using var connection = database.Open();
        using var command = connection.Command("""
            SELECT source_id, target_id, probability, within FROM (
                SELECT source_id, target_id, probability, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY rank) AS within
                FROM links WHERE run_id = @r) AS ranked
            WHERE within <= @k ORDER BY source_id, within
            """, ("@r", runId), ("@k", perSource));
        using var reader = command.ExecuteReader();
        var rows = new List<ReviewCandidate>();
        while (reader.Read())
        {
            rows.Add(new ReviewCandidate(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt(3)));
        }

        return rows;
    }

    /// <summary>Each source (or target) with its best-ranked link, best first per artifact id.</summary>
    public IReadOnlyList<(string Id, string Partner, double Probability, LinkBucket Bucket)> BestPerArtifact(long runId, bool bySource)
    {
        var (own, other) = bySource ? ("source_id", "target_id") : ("target_id", "source_id");

        // SQLite fills bare columns from the row that holds the MIN() aggregate: the best-ranked link;
        // PostgreSQL says the same with DISTINCT ON.
        var sql = database.IsPostgres
            ? $"SELECT DISTINCT ON ({own}) {own}, {other}, probability, bucket FROM links WHERE run_id = @r ORDER BY {own}, rank"
            : $"SELECT {own}, {other}, probability, bucket, MIN(rank) FROM links WHERE run_id = @r GROUP BY {own} ORDER BY {own}";
        using var connection = database.Open();
        using var command = connection.Command(sql, ("@r", runId));
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, double, LinkBucket)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDouble(2), (LinkBucket)reader.GetInt(3)));
        }

        return rows;
    }

    /// <summary>Every pair whose bucket differs between the runs, or that is probably linked in only one of them.</summary>
    public IReadOnlyList<DiffEntry> Differences(long baseRunId, long runId)
    {
        using var connection = database.Open();
        using var command = connection.Command("""
            SELECT n.source_id, n.target_id, o.bucket, n.bucket, o.probability, n.probability
            FROM links n LEFT JOIN links o ON o.run_id = @old AND o.source_id = n.source_id AND o.target_id = n.target_id
            WHERE n.run_id = @new AND ((o.bucket IS NULL AND n.bucket = 2) OR o.bucket <> n.bucket)
            UNION ALL
            SELECT o.source_id, o.target_id, o.bucket, NULL, o.probability, NULL
            FROM links o
            WHERE o.run_id = @old AND o.bucket = 2
              AND NOT EXISTS (SELECT 1 FROM links n WHERE n.run_id = @new AND n.source_id = o.source_id AND n.target_id = o.target_id)
            ORDER BY 1, 2
            """, ("@old", baseRunId), ("@new", runId));
        using var reader = command.ExecuteReader();
        var entries = new List<DiffEntry>();
        while (reader.Read())
        {
            entries.Add(new DiffEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : (LinkBucket)reader.GetInt(2),
                reader.IsDBNull(3) ? null : (LinkBucket)reader.GetInt(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5)));
        }

        return entries;
    }

    private static LinkResponse ReadLink(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt(2), r.GetDouble(3), (LinkBucket)r.GetInt(4), r.GetDouble(5), r.GetStringOrNull(6));
}

using Comet.Server.Scoring;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>
/// Stores the links of a run. Rows are committed in chunks so that a large run never holds the write
/// lock for long (feedback posts wait for it); the run's links are only read once the run is
/// completed, so a half-written run is never seen, and a failed or cancelled one is cleaned up.
/// </summary>
internal sealed class LinkWriter(Database database)
{
    private const int ChunkSize = 10_000;

    /// <returns>How many links fell into each bucket.</returns>
    public IReadOnlyDictionary<ProbabilityBucket, int> Write(
        long runId, IReadOnlyList<ProbableLink> links, BucketThresholds thresholds, Func<ProbableLink, string> measures, CancellationToken cancellation)
    {
        var counts = Enum.GetValues<ProbabilityBucket>().ToDictionary(b => b, _ => 0);
        using var connection = database.Open();
        for (var start = 0; start < links.Count; start += ChunkSize)
        {
            cancellation.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction();
            using var insert = Prepare(connection);
            var end = Math.Min(links.Count, start + ChunkSize);
            for (var i = start; i < end; i++)
            {
                var link = links[i];
                var bucket = thresholds.Classify(link.Probability);
                counts[bucket]++;
                Bind(insert, runId, i + 1, link, bucket, measures(link));
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return counts;
    }

    public void Delete(long runId)
    {
        using var connection = database.Open();
        connection.Execute("DELETE FROM links WHERE run_id = $r", ("$r", runId));
    }

    private static SqliteCommand Prepare(SqliteConnection connection)
    {
        var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO links (run_id, source_id, target_id, rank, probability, bucket, score, z, measures, feedback)
            VALUES ($run, $s, $t, $rank, $p, $b, $score, $z, $m, $f)
            """;
        foreach (var name in new[] { "$run", "$s", "$t", "$rank", "$p", "$b", "$score", "$z", "$m", "$f" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        insert.Prepare();
        return insert;
    }

    private static void Bind(SqliteCommand insert, long runId, int rank, ProbableLink link, ProbabilityBucket bucket, string measures)
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
    }
}

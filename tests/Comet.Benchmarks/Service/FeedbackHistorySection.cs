using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Comet.Benchmarks.Service;

/// <summary>
/// <c>service-load --history N</c>: how a run's scoring step grows with the project's feedback history.
/// The same 1,000 answered (link, person) pairs are answered once (1,000 rows) and then again and again
/// (N rows in all), written straight into the server's database between runs (as the server's writer
/// would: the rows, and latest_answers where that table exists); each time a run is started and its
/// "score" stage time printed. With the whole history read by the scorer it grows with N; with only the
/// latest answer per link and person it should not.
/// </summary>
internal static class FeedbackHistorySection
{
    private const int Pairs = 500;
    private const int RunsPerSize = 3; // one machine-load hiccup should not decide the comparison
    private static readonly string[] Authors = ["alice", "bob"];

    public static async Task RunAsync(HttpClient client, string project, string databasePath, string[] sources, string[] targets, int history)
    {
        Console.WriteLine($"| feedback rows | answered (link, person) pairs | score stage s, {RunsPerSize} runs | links with an answer | run status |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        var written = 0;
        foreach (var total in new[] { 1_000, history })
        {
            written += Seed(databasePath, project, sources, targets, written, total - written);
            var runs = new List<JsonNode>();
            for (var r = 0; r < RunsPerSize; r++)
            {
                runs.Add(await RunOnceAsync(client, project));
            }

            var seconds = string.Join(", ", runs.Select(run => ((double?)run["summary"]?["stageSeconds"]?["score"])?.ToString("0.000", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {written:N0} | {Pairs * Authors.Length:N0} | {seconds} | {runs[^1]["summary"]?["feedbackApplied"]} | {runs[^1]["status"]} |"));
        }
    }

    private static int Seed(string databasePath, string project, string[] sources, string[] targets, int from, int count)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO feedback (project_id, source_id, target_id, verdict, author, created_at)
            VALUES ($p, $s, $t, $v, $a, '2026-12-05T00:00:00.0000000+00:00')
            """;
        var p = insert.Parameters.AddWithValue("$p", project);
        var s = insert.Parameters.AddWithValue("$s", string.Empty);
        var t = insert.Parameters.AddWithValue("$t", string.Empty);
        var v = insert.Parameters.AddWithValue("$v", string.Empty);
        var a = insert.Parameters.AddWithValue("$a", string.Empty);
        for (var k = from; k < from + count; k++)
        {
            var pair = k / Authors.Length % Pairs;
            s.Value = sources[pair % sources.Length];
            t.Value = targets[pair * 7 % targets.Length];
            v.Value = k % 3 == 0 ? "Reject" : "Confirm";
            a.Value = Authors[k % Authors.Length];
            insert.ExecuteNonQuery();
        }

        using var hasLatest = connection.CreateCommand();
        hasLatest.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'latest_answers'";
        if (Convert.ToInt64(hasLatest.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
        {
            using var latest = connection.CreateCommand();
            latest.CommandText = """
                INSERT OR REPLACE INTO latest_answers (project_id, source_id, target_id, author, feedback_id)
                SELECT project_id, source_id, target_id, author, MAX(id) FROM feedback WHERE project_id = $p GROUP BY project_id, source_id, target_id, author
                """;
            latest.Parameters.AddWithValue("$p", project);
            latest.ExecuteNonQuery();
        }

        transaction.Commit();
        return count;
    }

    private static async Task<JsonNode> RunOnceAsync(HttpClient client, string project)
    {
        using var start = await client.PostAsJsonAsync($"projects/{project}/runs", new { });
        start.EnsureSuccessStatusCode();
        var id = (long)(await start.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        for (var i = 0; i < 6000; i++)
        {
            var run = (await client.GetFromJsonAsync<JsonNode>($"projects/{project}/runs/{id}"))!;
            if ((bool)run["isFinal"]!)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {id} did not finish in 10 minutes");
    }
}

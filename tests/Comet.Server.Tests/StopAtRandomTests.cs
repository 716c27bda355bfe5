using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests;

/// <summary>
/// The real server stopped at seeded random moments, by SIGKILL or SIGTERM, while a run, uploads and
/// answers are under way. After the last restart: no run is stuck, no link row belongs to a run that did
/// not complete, every completed run has all its links, no acknowledged answer or upload is lost, and
/// (on SQLite) the integrity check passes. Run on SQLite (<see cref="StopAtRandomTests"/>) and on
/// PostgreSQL with role all (<see cref="StopAtRandomOnPostgresTests"/>: a killed process's run waits for
/// its lease, 5 s here, and is claimed again by the next start).
/// </summary>
public abstract class StopAtRandomContract
{
    private const int Stops = 4;
    private const int Sources = 60;
    private const int Targets = 200;

    private readonly Func<TestDatabase> _storage;
    private readonly ITestOutputHelper _output;

    private protected StopAtRandomContract(Func<TestDatabase> storage, ITestOutputHelper output)
    {
        _storage = storage;
        _output = output;
    }

    [BackendFact]
    public async Task StoppedAtRandomDuringRunsAndUploads_NothingStuckOrphanedOrLost()
    {
        using var storage = _storage();
        var database = storage.Database;
        database.Migrate();
        var key = new ApiKeyStore(database, TimeProvider.System).Create("stop", ApiScope.Admin, "test").Key;
        var random = new Random(2026);
        var answers = new ConcurrentBag<string>();
        var uploads = new ConcurrentBag<int>();
        var log = new List<string>();

        for (var stop = 0; stop < Stops; stop++)
        {
            using var server = storage.StartServer("--Comet:LeaseSeconds=5");
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            using var client = server.Client(key);
            if (stop == 0)
            {
                await OwnershipTests.UploadRandomProjectAsync(client, "stop", Sources, Targets);
            }

            using var halt = new CancellationTokenSource();
            var work = new[]
            {
                Task.Run(() => PostAnswersAsync(client, $"s{stop}", answers, halt.Token)),
                Task.Run(() => UploadAsync(client, stop, uploads, halt.Token)),
                Task.Run(() => StartRunsAsync(client, halt.Token)),
            };
            await Task.Delay(random.Next(500, 3000));
            var kill = random.Next(2) == 0;
            if (kill)
            {
                server.Kill();
            }
            else
            {
                server.Terminate();
                Assert.True(server.WaitForExit(TimeSpan.FromSeconds(60)), "no exit after SIGTERM");
            }

            await halt.CancelAsync();
            await Task.WhenAll(work);
            log.Add(kill ? "SIGKILL" : "SIGTERM");
        }

        using (var final = storage.StartServer("--Comet:LeaseSeconds=5"))
        {
            await final.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            using var client = final.Client(key);
            var runs = await WaitUntilAllFinalAsync(client);
            foreach (var run in runs.Where(r => (string?)r!["status"] == "completed"))
            {
                var links = await client.GetOkAsync($"/projects/stop/runs/{run!["id"]}/links?limit=1");
                Assert.Equal(Sources * Targets, (int)links["total"]!);
            }

            var stored = await StoredCommentsAsync(client);
            Assert.All(answers, comment => Assert.Contains(comment, stored));
            var versions = (await client.GetOkAsync("/projects/stop/versions")).AsArray().Count;
            Assert.True(versions >= 1 + uploads.Count, $"{uploads.Count} acknowledged uploads, but only {versions} versions");
            _output.WriteLine($"stops: {string.Join(", ", log)}; runs: {string.Join(", ", runs.Select(r => $"{r!["id"]} {r["status"]}"))}; answers acknowledged: {answers.Count}; uploads acknowledged: {uploads.Count}");
        }

        using var connection = database.Open();
        if (!database.IsPostgres)
        {
            Assert.Equal("ok", connection.Command("PRAGMA integrity_check").ExecuteScalar());
        }

        Assert.Equal(0, connection.ScalarInt64("SELECT COUNT(*) FROM links l JOIN runs r ON r.id = l.run_id WHERE r.status <> 'Completed' OR r.links_pruned = 1"));
    }

    private static async Task<HashSet<string?>> StoredCommentsAsync(HttpClient client)
    {
        var comments = new HashSet<string?>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += 1000)
        {
            var items = (await client.GetOkAsync($"/projects/stop/feedback?offset={offset}&limit=1000"))["items"]!.AsArray();
            comments.UnionWith(items.Select(i => (string?)i!["comment"]));
            if (items.Count < 1000)
            {
                return comments;
            }
        }
    }

    private static async Task PostAnswersAsync(HttpClient client, string prefix, ConcurrentBag<string> acknowledged, CancellationToken halt)
    {
        for (var i = 0; !halt.IsCancellationRequested; i++)
        {
            var comment = $"{prefix}-{i}";
            if (await SucceedsAsync(() => client.PostAsJsonAsync("projects/stop/feedback", new { source = $"S{i % Sources}", target = $"T{i % Targets}", verdict = "confirm", author = prefix, comment }, halt), HttpStatusCode.Created))
            {
                acknowledged.Add(comment);
            }
        }
    }

    private static async Task UploadAsync(HttpClient client, int stop, ConcurrentBag<int> acknowledged, CancellationToken halt)
    {
        // A new version that only adds an intermediate, so the run's sources and targets stay the same.
        for (var i = 0; !halt.IsCancellationRequested; i++)
        {
            var artifacts = new[] { new { role = "intermediate", id = $"I{stop}-{i}", text = $"design note {stop} {i}" } };
            if (await SucceedsAsync(() => client.PostAsJsonAsync("projects/stop/artifacts", new { artifacts }, halt), HttpStatusCode.Created))
            {
                acknowledged.Add(i);
            }

            await Task.Delay(200, CancellationToken.None);
        }
    }

    private static async Task StartRunsAsync(HttpClient client, CancellationToken halt)
    {
        await SucceedsAsync(() => client.PostAsJsonAsync("projects/stop/runs", new { }, halt), HttpStatusCode.Accepted);
    }

    private static async Task<bool> SucceedsAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
    {
        try
        {
            using var response = await send();
            return response.StatusCode == expected;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return false; // the server went away, or the test stopped: not acknowledged
        }
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode?>> WaitUntilAllFinalAsync(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            var runs = (await client.GetOkAsync("/projects/stop/runs?limit=100"))["items"]!.AsArray().ToList();
            if (runs.All(r => (bool)r!["isFinal"]!))
            {
                return runs;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("runs still not final 2 minutes after the last restart");
    }
}

public sealed class StopAtRandomTests(ITestOutputHelper output) : StopAtRandomContract(TestDatabase.Sqlite, output);

public sealed class StopAtRandomOnPostgresTests(ITestOutputHelper output) : StopAtRandomContract(TestDatabase.Postgres, output), IPostgresTests;

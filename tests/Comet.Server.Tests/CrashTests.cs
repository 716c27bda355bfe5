using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests;

/// <summary>
/// Feedback the service acknowledged (201) must survive a kill -9 at any moment. The real server
/// process is killed at seeded random moments while four clients post feedback; after the last
/// restart every acknowledged answer must be there. Run on SQLite (<see cref="CrashTests"/>: the answer
/// is in the file) and PostgreSQL (<see cref="CrashOnPostgresTests"/>: acknowledged only after the commit).
/// </summary>
public abstract class CrashContract
{
    private const int Kills = 5;
    private const int Posters = 4;

    private readonly Func<TestDatabase> _storage;
    private readonly ITestOutputHelper _output;

    private protected CrashContract(Func<TestDatabase> storage, ITestOutputHelper output)
    {
        _storage = storage;
        _output = output;
    }

    [BackendFact]
    public async Task Feedback_KilledAtRandomMoments_EveryAcknowledgedAnswerSurvives()
    {
        using var storage = _storage();
        var key = Prepare(storage.Database);
        var random = new Random(1234);
        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var attempted = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            using var server = storage.StartServer();
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
            using var stop = new CancellationTokenSource();
            var posters = Enumerable.Range(0, Posters).Select(p => Task.Run(() => PostUntilStoppedAsync(server.BaseAddress, key, $"k{kill}p{p}", acknowledged, () => Interlocked.Increment(ref attempted), stop.Token))).ToArray();

            await Task.Delay(random.Next(300, 1200));
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(posters);
        }

        using var final = storage.StartServer();
        await final.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var stored = await StoredCommentsAsync(final.BaseAddress, key);
        var lost = acknowledged.Keys.Where(c => !stored.Contains(c)).ToList();

        _output.WriteLine($"kills: {Kills}, posts attempted: {attempted}, acknowledged: {acknowledged.Count}, found after restart: {acknowledged.Count - lost.Count}, lost: {lost.Count}, stored in all (incl. unacknowledged): {stored.Count}");
        Assert.True(acknowledged.Count >= Kills * 10, $"too few answers were acknowledged ({acknowledged.Count}) for the test to mean anything");
        Assert.Empty(lost);
    }

    // The project, its artifacts and a key are made directly in the database, as an operator would with the keys command.
    private static string Prepare(Database database)
    {
        database.Migrate();
        var clock = TimeProvider.System;
        new ProjectStore(database, clock).Create("crash", "crash", Projects.ProjectSettings.Default);
        new VersionWriter(database, clock).CreateVersion("crash",
        [
            new(Artifacts.ArtifactRole.Source, "R1", Core.Artifacts.ArtifactKind.Requirement, "en", null, "login", Artifacts.ContentHash.Of("login")),
            new(Artifacts.ArtifactRole.Target, "Login.java", Core.Artifacts.ArtifactKind.Source, "en", null, "class Login", Artifacts.ContentHash.Of("class Login")),
        ]);
        return new ApiKeyStore(database, clock).Create("crash", ApiScope.Write, "crash test").Key;
    }

    private static async Task PostUntilStoppedAsync(
        Uri server, string key, string prefix, ConcurrentDictionary<string, long> acknowledged, Func<int> countAttempt, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        for (var i = 0; i < 100_000 && !stop.IsCancellationRequested; i++)
        {
            var comment = $"{prefix}-{i}";
            countAttempt();
            try
            {
                using var response = await client.PostAsJsonAsync("projects/crash/feedback",
                    new { source = "R1", target = "Login.java", verdict = "confirm", author = "crash", comment }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonNode>(stop);
                    acknowledged[comment] = (long)body!["id"]!;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or System.Text.Json.JsonException)
            {
                // The server died under us: this answer was never acknowledged, and the loop ends.
                return;
            }
        }
    }

    private static async Task<HashSet<string>> StoredCommentsAsync(Uri server, string key)
    {
        using var client = new HttpClient { BaseAddress = server };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        var comments = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; offset < 10_000_000; offset += 1000)
        {
            var page = await client.GetFromJsonAsync<JsonNode>($"projects/crash/feedback?offset={offset}&limit=1000");
            var items = page!["items"]!.AsArray();
            foreach (var item in items)
            {
                comments.Add((string)item!["comment"]!);
            }

            if (items.Count < 1000)
            {
                break;
            }
        }

        return comments;
    }
}

public sealed class CrashTests(ITestOutputHelper output) : CrashContract(TestDatabase.Sqlite, output);

public sealed class CrashOnPostgresTests(ITestOutputHelper output) : CrashContract(TestDatabase.Postgres, output), IPostgresTests;

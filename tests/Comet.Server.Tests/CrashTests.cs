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
/// restart every acknowledged answer must be there.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Kills = 5;
    private const int Posters = 4;

    [Fact]
    public async Task Feedback_KilledAtRandomMoments_EveryAcknowledgedAnswerSurvives()
    {
        using var data = new TempDirectory();
        var key = Prepare(data.Path);
        var random = new Random(1234);
        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var attempted = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            using var server = new ServerProcess(data.Path, ServerProcess.FreePort());
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
            using var stop = new CancellationTokenSource();
            var posters = Enumerable.Range(0, Posters).Select(p => Task.Run(() => PostUntilStoppedAsync(server.BaseAddress, key, $"k{kill}p{p}", acknowledged, () => Interlocked.Increment(ref attempted), stop.Token))).ToArray();

            await Task.Delay(random.Next(300, 1200));
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(posters);
        }

        using var final = new ServerProcess(data.Path, ServerProcess.FreePort());
        await final.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var stored = await StoredCommentsAsync(final.BaseAddress, key);
        var lost = acknowledged.Keys.Where(c => !stored.Contains(c)).ToList();

        output.WriteLine($"kills: {Kills}, posts attempted: {attempted}, acknowledged: {acknowledged.Count}, found after restart: {acknowledged.Count - lost.Count}, lost: {lost.Count}, stored in all (incl. unacknowledged): {stored.Count}");
        Assert.True(acknowledged.Count >= Kills * 10, $"too few answers were acknowledged ({acknowledged.Count}) for the test to mean anything");
        Assert.Empty(lost);
    }

    // The project, its artifacts and a key are made directly in the database file, as an operator would with the keys command.
    private static string Prepare(string dataDirectory)
    {
        var database = new Database(Path.Combine(dataDirectory, "comet.db"));
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

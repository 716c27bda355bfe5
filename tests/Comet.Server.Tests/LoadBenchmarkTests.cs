using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests;

/// <summary>
/// The load benchmark: the real server process on loopback, 100 requirements x 200 files (20,000
/// links), then link queries and feedback posts from 8 concurrent clients, each phase bounded in time
/// (COMET_LOAD_SECONDS, default 2). Numbers from a longer run are in LOAD-BENCHMARK.md.
/// </summary>
public sealed class LoadBenchmarkTests(ITestOutputHelper output)
{
    private const int Workers = 8;
    private const int Sources = 100;
    private const int Targets = 200;

    [Fact]
    public async Task Load_LinkQueriesAndFeedbackPosts_NoErrors()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("COMET_LOAD_SECONDS"), CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, 60) : 2;
        using var data = new TempDirectory();
        var key = CreateKey(data.Path);
        using var server = new ServerProcess(data.Path, ServerProcess.FreePort());
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        var runId = await PrepareAsync(client);

        var duration = TimeSpan.FromSeconds(seconds);
        var results = new[]
        {
            await LoadRunner.RunAsync("links of one source (limit 20)", Workers, duration, async (w, i) =>
            {
                using var response = await client.GetAsync($"projects/load/runs/{runId}/links?source=S{(w * 7919 + i) % Sources}&limit=20");
                return response.StatusCode == HttpStatusCode.OK;
            }),
            await LoadRunner.RunAsync("links by bucket, page of 100", Workers, duration, async (w, i) =>
            {
                var bucket = (i % 3) switch { 0 => "probably-linked", 1 => "unsure", _ => "probably-not" };
                using var response = await client.GetAsync($"projects/load/runs/{runId}/links?bucket={bucket}&offset={i % 10 * 100}&limit=100");
                return response.StatusCode == HttpStatusCode.OK;
            }),
            await LoadRunner.RunAsync("feedback posts (group commit)", Workers, duration, async (w, i) =>
            {
                using var response = await client.PostAsJsonAsync("projects/load/feedback",
                    new { source = $"S{(w + i) % Sources}", target = $"T{(w * 31 + i) % Targets}", verdict = i % 2 == 0 ? "confirm" : "reject", author = $"worker{w}" });
                return response.StatusCode == HttpStatusCode.Created;
            }),
        };

        output.WriteLine($"{Environment.ProcessorCount} cores, {Workers} clients, {seconds}s per phase, {Sources * Targets} links in the run");
        output.WriteLine("| phase | requests | per second | p50 ms | p99 ms | errors |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
            Assert.Equal(0, result.Errors);
            Assert.True(result.Requests > 0, result.Name + " sent nothing");
        }

        Assert.False(server.HasExited);
    }

    private static string CreateKey(string dataDirectory)
    {
        var database = new Persistence.Database(Path.Combine(dataDirectory, "comet.db"));
        database.Migrate();
        return new Persistence.ApiKeyStore(database, TimeProvider.System).Create("load", ApiScope.Admin, "load test").Key;
    }

    private static async Task<long> PrepareAsync(HttpClient client)
    {
        (await client.PostAsJsonAsync("projects", new { id = "load" })).EnsureSuccessStatusCode();
        var random = new Random(99);
        var words = Enumerable.Range(0, 3000).Select(i => "term" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        string Text() => string.Join(' ', Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
        var artifacts = Enumerable.Range(0, Sources).Select(i => new { role = "source", id = $"S{i}", text = Text() })
            .Concat(Enumerable.Range(0, Targets).Select(i => new { role = "target", id = $"T{i}", text = Text() }));
        (await client.PostAsJsonAsync("projects/load/artifacts", new { artifacts })).EnsureSuccessStatusCode();
        using var start = await client.PostAsJsonAsync("projects/load/runs", new { });
        var runId = (long)(await start.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>())!["id"]!;
        for (var i = 0; i < 600; i++)
        {
            var run = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"projects/load/runs/{runId}");
            if ((string?)run!["status"] == "completed")
            {
                return runId;
            }

            Assert.NotEqual("failed", (string?)run["status"]);
            await Task.Delay(100);
        }

        throw new TimeoutException("the load project's run did not complete in 60s");
    }
}

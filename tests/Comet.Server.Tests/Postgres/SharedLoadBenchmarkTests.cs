using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests.Postgres;

/// <summary>
/// The shared deployment's load benchmark (a benchmark, not a timed test: it asserts only that nothing
/// failed). (1) Throughput and p50/p99 of a mix of link reads and feedback posts from 8 closed-loop
/// clients against one API process, then the same clients spread over two (COMET_LOAD_SECONDS per
/// phase, default 2). (2) With COMET_SHARED_BENCHMARK=1 only (minutes): two CCHIT-sized runs
/// (116 x 1,064 artifacts, 123,424 links each) queued at once, executed by one worker, then by two.
/// Numbers, with the machine's load, are in docs/shared-deployment.md.
/// </summary>
public sealed class SharedLoadBenchmarkTests(ITestOutputHelper output) : IPostgresTests
{
    private const int Clients = 8;

    [BackendFact]
    public async Task OneVersusTwoApiProcesses_AndWorkers_NoErrors()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("COMET_LOAD_SECONDS"), CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, 120) : 2;
        using var storage = TestDatabase.Postgres();
        var database = storage.Database;
        database.Migrate();
        RandomProject.Create(database, "load", 100, 200, seed: 1);
        var key = new ApiKeyStore(database, TimeProvider.System).Create(ApiKey.AllProjects, ApiScope.Write, "benchmark").Key;

        ServerProcess Start(string role) => storage.StartServer("--role", role, "--Comet:PollMilliseconds=200");
        using var api1 = Start("api");
        using var api2 = Start("api");
        using var worker1 = Start("worker");
        await Task.WhenAll(new[] { api1, api2, worker1 }.Select(p => p.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60))));
        using var client1 = api1.Client(key, 60);
        using var client2 = api2.Client(key, 60);
        var runId = await TestRuns.CompleteAsync(client1, "load");

        output.WriteLine($"load average before: {LoadAverage()}");
        output.WriteLine("| API processes | requests | per second | p50 ms | p99 ms | errors |");
        var one = await MixAsync("1", [client1], runId, seconds);
        var two = await MixAsync("2", [client1, client2], runId, seconds);
        output.WriteLine(one.ToString());
        output.WriteLine(two.ToString());
        output.WriteLine($"load average after: {LoadAverage()}");
        Assert.Equal((0, 0), (one.Errors, two.Errors));
        Assert.True(one.Requests > 0 && two.Requests > 0);

        if (Environment.GetEnvironmentVariable("COMET_SHARED_BENCHMARK") != "1")
        {
            return;
        }

        // CCHIT-sized runs: two queued at once, one worker, then two workers.
        RandomProject.Create(database, "cchit", 116, 1064, seed: 2);
        var single = await TwoRunsAsync(client1, client2);
        using var worker2 = Start("worker");
        await worker2.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        var pair = await TwoRunsAsync(client1, client2);
        output.WriteLine($"two CCHIT-sized runs queued at once: one worker {single.Total:0.0} s (runs {single.First:0.0} s, {single.Second:0.0} s after queueing); two workers {pair.Total:0.0} s (runs {pair.First:0.0} s, {pair.Second:0.0} s); load average {LoadAverage()}");
        Assert.True(single.Total > 0 && pair.Total > 0);
    }

    private static async Task<LoadRunner.Result> MixAsync(string name, HttpClient[] clients, long runId, int seconds) =>
        await LoadRunner.RunAsync(name, Clients, TimeSpan.FromSeconds(seconds), async (w, i) =>
        {
            var client = clients[w % clients.Length];
            if (i % 2 == 0)
            {
                using var read = await client.GetAsync($"projects/load/runs/{runId}/links?source=S{(w * 7919 + i) % 100}&limit=20");
                return read.StatusCode == HttpStatusCode.OK;
            }

            using var post = await client.PostAsJsonAsync("projects/load/feedback",
                new { source = $"S{i % 100}", target = $"T{w}", verdict = "confirm", author = $"c{w}", comment = "load" });
            return post.StatusCode == HttpStatusCode.Created;
        });

    /// <returns>Seconds from queueing both runs until each completed, and until both had.</returns>
    private static async Task<(double First, double Second, double Total)> TwoRunsAsync(HttpClient client1, HttpClient client2)
    {
        var clock = Stopwatch.StartNew();
        var a = await TestRuns.StartAsync(client1, "cchit");
        var b = await TestRuns.StartAsync(client2, "cchit");
        var done = await Task.WhenAll(new[] { (client1, a), (client2, b) }.Select(async r =>
        {
            var run = await TestRuns.WaitAsync(r.Item1, "cchit", r.Item2, seconds: 1200);
            Assert.Equal("completed", (string?)run["status"]);
            return clock.Elapsed.TotalSeconds;
        }));
        return (done.Min(), done.Max(), clock.Elapsed.TotalSeconds);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}

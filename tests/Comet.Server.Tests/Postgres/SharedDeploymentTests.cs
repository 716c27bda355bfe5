using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests.Postgres;

/// <summary>
/// A shared deployment on loopback: two API processes and two worker processes on one PostgreSQL.
/// Two large runs are queued (one per worker); the worker of one is killed with SIGKILL mid-run. The
/// other worker must finish its own run and then take the orphaned one over once its lease expires;
/// each run completes exactly once, and no answer acknowledged by either API node (posted throughout,
/// across the kill) is lost.
/// </summary>
public sealed partial class SharedDeploymentTests(ITestOutputHelper output) : IPostgresTests
{
    private const int Sources = 300;
    private const int Targets = 500;
    private const int LeaseSeconds = 5;

    [BackendFact]
    public async Task WorkerKilledMidRun_OtherWorkerFinishesIt_OnceAndNoAcknowledgedAnswerLost()
    {
        using var storage = TestDatabase.Postgres();
        var database = storage.Database;
        var key = Prepare(database);
        ServerProcess Start(string role) => storage.StartServer(
            "--role", role, $"--Comet:LeaseSeconds={LeaseSeconds}", "--Comet:PollMilliseconds=200", "--Logging:LogLevel:Comet.Server.Runs=Information");
        using var api1 = Start("api");
        using var api2 = Start("api");
        using var worker1 = Start("worker");
        using var worker2 = Start("worker");
        ServerProcess[] all = [api1, api2, worker1, worker2];
        await Task.WhenAll(all.Select(p => p.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60))));

        using var client1 = api1.Client(key);
        using var client2 = api2.Client(key);
        using (var workerAsApi = worker1.Client(key))
        using (var notServed = await workerAsApi.GetAsync("projects/mp"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notServed.StatusCode); // a worker serves /health only
        }

        var runA = await TestRuns.StartAsync(client1, "mp");
        var runB = await TestRuns.StartAsync(client2, "mp");

        var acknowledged = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var stopPosting = new CancellationTokenSource();
        var posters = Enumerable.Range(0, 4).Select(p => Task.Run(() => PostAsync(p % 2 == 0 ? api1 : api2, key, $"p{p}", acknowledged, stopPosting.Token))).ToArray();

        // Both runs claimed, one by each worker; kill the worker of run A a moment into its run.
        var holders = await WaitForClaimsAsync(database, [runA, runB], TimeSpan.FromSeconds(120));
        var victim = all.Single(p => p.Id == holders[runA]);
        var survivor = victim == worker1 ? worker2 : worker1;
        Assert.Equal(survivor.Id, holders[runB]);
        await Task.Delay(1000);
        Assert.Equal("running", (string?)(await client2.GetOkAsync($"/projects/mp/runs/{runA}"))["status"]);
        var acknowledgedBeforeKill = acknowledged.Count;
        victim.Kill();
        var killed = Stopwatch.StartNew();
        output.WriteLine($"killed worker pid {victim.Id} during run {runA}; answers acknowledged so far: {acknowledgedBeforeKill}");

        var a = await TestRuns.WaitAsync(client2, "mp", runA, seconds: 300);
        var b = await TestRuns.WaitAsync(client1, "mp", runB, seconds: 300);
        output.WriteLine($"run {runA} completed {killed.Elapsed.TotalSeconds:0.0}s after the kill; run {runB}: {b["status"]}");
        await Task.Delay(500);
        await stopPosting.CancelAsync();
        await Task.WhenAll(posters);

        Assert.Equal(("completed", "completed"), ((string?)a["status"], (string?)b["status"]));
        Assert.Equal(Sources * Targets, (int)a["summary"]!["links"]!);
        Assert.Equal(Sources * Targets, (int)b["summary"]!["links"]!);
        using (var check = database.Open())
        {
            Assert.Equal(Sources * Targets, check.ScalarInt64("SELECT COUNT(*) FROM links WHERE run_id = @r", ("@r", runA)));
            Assert.True(check.ScalarInt64("SELECT restarts FROM runs WHERE id = @r", ("@r", runA)) >= 1, "run A was taken over");
        }

        // Each run completed once, by the survivor; the victim completed neither.
        Assert.Equal(1, await CompletionsAsync(survivor, runA));
        Assert.Equal(1, await CompletionsAsync(survivor, runB));
        Assert.Equal(0, Completions(victim.Output, runA) + Completions(victim.Output, runB));

        // Every acknowledged answer is stored.
        using var read = database.Open();
        using var command = read.Command("SELECT comment FROM feedback WHERE project_id = 'mp'");
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        var lost = acknowledged.Keys.Count(c => !stored.Contains(c));
        output.WriteLine($"answers acknowledged: {acknowledged.Count} ({acknowledged.Count - acknowledgedBeforeKill} after the kill), lost: {lost}");
        Assert.True(acknowledged.Count - acknowledgedBeforeKill >= 10, "answers were acknowledged after the kill");
        Assert.Equal(0, lost);
    }

    [BackendFact]
    public async Task WorkerStoppedWithSigterm_RunQueuedAgainAtOnce_AnotherWorkerCompletesIt()
    {
        using var storage = TestDatabase.Postgres();
        var database = storage.Database;
        var key = Prepare(database);
        ServerProcess Start(string role) => storage.StartServer(
            "--role", role, "--Comet:LeaseSeconds=600", "--Comet:PollMilliseconds=200", "--Logging:LogLevel:Comet.Server.Runs=Information");
        using var api = Start("api");
        using var first = Start("worker");
        await Task.WhenAll(api.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60)), first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60)));
        using var client = api.Client(key);
        var run = await TestRuns.StartAsync(client, "mp");
        Assert.Equal(first.Id, (await WaitForClaimsAsync(database, [run], TimeSpan.FromSeconds(120)))[run]);
        await Task.Delay(500);

        first.Terminate();
        Assert.True(first.WaitForExit(TimeSpan.FromSeconds(60)), "the worker stops on SIGTERM");
        var queued = await client.GetOkAsync($"/projects/mp/runs/{run}");
        // The lease (600 s) has not expired: only the graceful hand-back can have queued it.
        Assert.Equal("queued", (string?)queued["status"]);

        using var second = Start("worker");
        await second.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        var done = await TestRuns.WaitAsync(client, "mp", run, seconds: 300);
        Assert.Equal("completed", (string?)done["status"]);
        Assert.Equal(Sources * Targets, (int)done["summary"]!["links"]!);
        Assert.Equal(1, await CompletionsAsync(second, run));
    }

    // The log line follows the commit that the API already reports: wait a little for it to arrive.
    private static async Task<int> CompletionsAsync(ServerProcess worker, long runId)
    {
        for (var wait = 0; wait < 100 && Completions(worker.Output, runId) == 0; wait++)
        {
            await Task.Delay(100);
        }

        return Completions(worker.Output, runId);
    }

    private static int Completions(string log, long runId) =>
        log.Split('\n').Count(line => line.Contains($"Run {runId} completed", StringComparison.Ordinal));

    /// <summary>The process id in each run's claim (worker column: host/pid/token), once every run is claimed.</summary>
    private static async Task<Dictionary<long, int>> WaitForClaimsAsync(Database database, long[] runs, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var holders = new Dictionary<long, int>();
            using (var connection = database.Open())
            {
                foreach (var run in runs)
                {
                    using var command = connection.Command("SELECT worker FROM runs WHERE id = @r AND status = 'Running'", ("@r", run));
                    if (command.ExecuteScalar() is string worker)
                    {
                        holders[run] = int.Parse(WorkerPid().Match(worker).Groups[1].Value, CultureInfo.InvariantCulture);
                    }
                }
            }

            if (holders.Count == runs.Length)
            {
                return holders;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the runs were not both claimed");
    }

    private static async Task PostAsync(ServerProcess api, string key, string prefix, ConcurrentDictionary<string, long> acknowledged, CancellationToken stop)
    {
        using var client = api.Client(key);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var comment = $"{prefix}-{i}";
            try
            {
                using var response = await client.PostAsJsonAsync("projects/mp/feedback",
                    new { source = "S1", target = "T1", verdict = i % 2 == 0 ? "confirm" : "reject", author = prefix, comment }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged[comment] = (long)(await response.Content.ReadFromJsonAsync<JsonNode>(stop))!["id"]!;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    // A project of Sources x Targets random texts (150,000 pairs), and a write key, made directly in the database.
    private static string Prepare(Database database)
    {
        database.Migrate();
        RandomProject.Create(database, "mp", Sources, Targets, seed: 22, firstId: 1);
        return new ApiKeyStore(database, TimeProvider.System).Create("mp", ApiScope.Write, "shared deployment test").Key;
    }

    [GeneratedRegex(@"/(\d+)/[0-9a-f]+$")]
    private static partial Regex WorkerPid();
}

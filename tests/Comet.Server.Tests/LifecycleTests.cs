using Comet.Server.Persistence;
using Comet.Server.Runs;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>
/// Stopping the real server process during a run: SIGTERM interrupts the run (not "cancelled"), and
/// the next start runs it again; after kill -9 the half-written links are deleted before it runs
/// again, so the run ends with exactly one row per pair.
/// </summary>
public sealed class LifecycleTests
{
    private const int Sources = 100;
    private const int Targets = 300;

    [Fact]
    public async Task Sigterm_DuringARun_RunIsInterruptedAndCompletesAfterTheNextStart()
    {
        using var data = new TempDirectory();
        var key = OwnershipTests.AdminKey(data.Path, "life");
        long runId;
        using (var server = new ServerProcess(data.Path, ServerProcess.FreePort()))
        {
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            using var client = Client(server, key);
            await OwnershipTests.UploadRandomProjectAsync(client, "life", Sources, Targets);
            runId = await TestRuns.StartAsync(client, "life");
            await WaitForStageAsync(client, runId, "store");

            server.Terminate();
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(60)), "the server did not stop on SIGTERM");
            Assert.Equal(0, server.ExitCode);
        }

        var stopped = new RunStore(new Database(Path.Combine(data.Path, "comet.db")), TimeProvider.System).Find(runId)!;
        Assert.Equal(RunStatus.Interrupted, stopped.Status);

        await RestartAndExpectAllLinksAsync(data.Path, key, runId);
    }

    [Fact]
    public async Task Kill9_WhileLinksAreStored_LeftoverLinksAreDeletedAndTheRunCompletesOnce()
    {
        using var data = new TempDirectory();
        var key = OwnershipTests.AdminKey(data.Path, "life");
        long runId;
        using (var server = new ServerProcess(data.Path, ServerProcess.FreePort()))
        {
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            using var client = Client(server, key);
            await OwnershipTests.UploadRandomProjectAsync(client, "life", Sources, Targets);
            runId = await TestRuns.StartAsync(client, "life");
            await WaitForStageAsync(client, runId, "store");
            await Task.Delay(300); // some link steps committed
            server.Kill();
        }

        var database = new Database(Path.Combine(data.Path, "comet.db"));
        Assert.Equal(RunStatus.Running, new RunStore(database, TimeProvider.System).Find(runId)!.Status);
        using (var connection = database.Open())
        {
            var leftover = connection.ScalarInt64("SELECT COUNT(*) FROM links WHERE run_id = $r", ("$r", runId));
            Assert.InRange(leftover, 1, (Sources * Targets) - 1); // the crash really left a half-written run
        }

        await RestartAndExpectAllLinksAsync(data.Path, key, runId);
        using (var connection = database.Open())
        {
            Assert.Equal("ok", connection.Command("PRAGMA integrity_check").ExecuteScalar());
        }
    }

    private static async Task RestartAndExpectAllLinksAsync(string dataPath, string key, long runId)
    {
        using var server = new ServerProcess(dataPath, ServerProcess.FreePort());
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        using var client = Client(server, key);
        var run = await TestRuns.WaitAsync(client, "life", runId, seconds: 180);
        Assert.True((string?)run["status"] == "completed", $"run ended as {run["status"]}: {run["error"]}");
        var links = await client.GetOkAsync($"/projects/life/runs/{runId}/links?limit=1");
        Assert.Equal(Sources * Targets, (int)links["total"]!);
    }

    private static HttpClient Client(ServerProcess server, string key)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        return client;
    }

    private static async Task WaitForStageAsync(HttpClient client, long runId, string stage)
    {
        for (var i = 0; i < 1200; i++)
        {
            var run = await client.GetOkAsync($"/projects/life/runs/{runId}");
            Assert.False((bool)run["isFinal"]!, $"the run ended ({run["status"]}) before reaching '{stage}'");
            if ((string?)run["stage"] == stage)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"run {runId} did not reach '{stage}'");
    }
}

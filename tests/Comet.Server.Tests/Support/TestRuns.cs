using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Comet.Server.Tests.Support;

/// <summary>Starting runs and waiting for them, with a bounded wait.</summary>
public static class TestRuns
{
    public static async Task<long> StartAsync(HttpClient client, string projectId, object? body = null)
    {
        using var response = await client.PostJsonAsync($"/projects/{projectId}/runs", body ?? new { });
        var run = await response.ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal($"/projects/{projectId}/runs/{run!["id"]}", response.Headers.Location?.ToString());
        return (long)run["id"]!;
    }

    /// <summary>Polls until the run is final; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonNode> WaitAsync(HttpClient client, string projectId, long runId, int seconds = 60)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var run = await client.GetOkAsync($"/projects/{projectId}/runs/{runId}");
            if ((bool)run["isFinal"]!)
            {
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"run {runId} of {projectId} did not finish in {seconds}s");
    }

    /// <summary>Starts a run and waits until it has completed (fails on any other final status).</summary>
    public static async Task<long> CompleteAsync(HttpClient client, string projectId)
    {
        var id = await StartAsync(client, projectId);
        var run = await WaitAsync(client, projectId, id);
        Assert.True((string?)run["status"] == "completed", $"run ended as {run["status"]}: {run["error"]}");
        return id;
    }

    /// <summary>A project with the fixture uploaded and one completed run.</summary>
    public static async Task<(HttpClient Client, long RunId)> ProjectWithRunAsync(CometServerFactory server, string projectId)
    {
        var client = await server.NewProjectAsync(projectId);
        await client.PostOkAsync($"/projects/{projectId}/artifacts", Fixtures.Upload());
        return (client, await CompleteAsync(client, projectId));
    }
}

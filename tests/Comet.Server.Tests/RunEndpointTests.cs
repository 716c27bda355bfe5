using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The contract of these endpoints, run on SQLite (<see cref="RunEndpointTests"/>) and PostgreSQL (<see cref="RunEndpointOnPostgresTests"/>).</summary>
public abstract class RunEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Start_NoArtifactsYet_Returns404Problem()
    {
        using var client = await server.NewProjectAsync("r-empty");
        using var response = await client.PostJsonAsync("/projects/r-empty/runs", new { });
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Start_UnknownVersion_Returns404Problem()
    {
        using var client = await server.NewProjectAsync("r-version");
        await client.PostOkAsync("/projects/r-version/artifacts", Fixtures.Minimal());
        using var response = await client.PostJsonAsync("/projects/r-version/runs", new { version = 2 });
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Start_OnlySources_Returns400Problem()
    {
        using var client = await server.NewProjectAsync("r-sources-only");
        await client.PostOkAsync("/projects/r-sources-only/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = "x" } } });
        using var response = await client.PostJsonAsync("/projects/r-sources-only/runs", new { });
        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [BackendFact]
    public async Task Start_ValidProject_CompletesWithProgressAndSummary()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "r-complete");
        using (client)
        {
            var run = await client.GetOkAsync($"/projects/r-complete/runs/{runId}");
            Assert.Equal(1.0, (double)run["progress"]!, 12);
            var summary = run["summary"]!;
            Assert.Equal(48, (int)summary["links"]!);
            Assert.Equal(48, (int)summary["probablyLinked"]! + (int)summary["unsure"]! + (int)summary["needsReview"]! + (int)summary["probablyNot"]!);
            Assert.Equal("model hbn", (string?)summary["rankedBy"]);
            Assert.Equal("hbn", (string?)summary["model"]);
            Assert.Contains("not known until answers", (string?)summary["linkCount"], StringComparison.Ordinal);
            Assert.Equal(14, (int)summary["artifactsChanged"]!);
            Assert.NotNull(run["startedAt"]);
            Assert.NotNull(run["finishedAt"]);
        }
    }

    [BackendFact]
    public async Task Start_SecondRunOnSameArtifacts_CountsThemUnchanged()
    {
        var (client, _) = await TestRuns.ProjectWithRunAsync(server, "r-unchanged");
        using (client)
        {
            var second = await TestRuns.WaitAsync(client, "r-unchanged", await TestRuns.CompleteAsync(client, "r-unchanged"));
            Assert.Equal(14, (int)second["summary"]!["artifactsUnchanged"]!);
            Assert.Equal(0, (int)second["summary"]!["artifactsChanged"]!);
        }
    }

    [BackendFact]
    public async Task List_TwoRuns_NewestFirst()
    {
        var (client, first) = await TestRuns.ProjectWithRunAsync(server, "r-list");
        using (client)
        {
            var second = await TestRuns.CompleteAsync(client, "r-list");
            var page = await client.GetOkAsync("/projects/r-list/runs");
            Assert.Equal(2, (int)page["total"]!);
            Assert.Equal([second, first], page["items"]!.AsArray().Select(r => (long)r!["id"]!));
        }
    }

    [BackendFact]
    public async Task Get_RunOfAnotherProject_Returns404Problem()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "r-owner");
        client.Dispose();
        using var other = await server.NewProjectAsync("r-stranger");
        using var response = await other.GetAsync($"/projects/r-stranger/runs/{runId}");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Cancel_CompletedRun_Returns409Problem()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "r-cancel-done");
        using (client)
        {
            using var response = await client.PostAsync($"/projects/r-cancel-done/runs/{runId}/cancel", null);
            await response.ExpectProblemAsync(HttpStatusCode.Conflict);
        }
    }

    [BackendFact]
    public async Task Cancel_QueuedAndRunningRuns_EndCancelledWithoutLinks()
    {
        using var client = await server.NewProjectAsync("r-cancel");
        await client.PostOkAsync("/projects/r-cancel/artifacts", LargeProject(sources: 400, targets: 400));
        var running = await TestRuns.StartAsync(client, "r-cancel");
        var queued = await TestRuns.StartAsync(client, "r-cancel");

        using (var cancelQueued = await client.PostAsync($"/projects/r-cancel/runs/{queued}/cancel", null))
        {
            await cancelQueued.ExpectAsync(HttpStatusCode.Accepted);
        }

        using (var cancelRunning = await client.PostAsync($"/projects/r-cancel/runs/{running}/cancel", null))
        {
            await cancelRunning.ExpectAsync(HttpStatusCode.Accepted);
        }

        foreach (var id in new[] { running, queued })
        {
            var run = await TestRuns.WaitAsync(client, "r-cancel", id);
            Assert.Equal("cancelled", (string?)run["status"]);
            using var links = await client.GetAsync($"/projects/r-cancel/runs/{id}/links");
            await links.ExpectProblemAsync(HttpStatusCode.Conflict);
        }
    }

    // Seeded random words: enough pairs that a run takes a noticeable moment.
    private static object LargeProject(int sources, int targets)
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 2000).Select(i => "word" + i).ToArray();
        string Text() => string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
        return new
        {
            artifacts = Enumerable.Range(0, sources).Select(i => new { role = "source", id = "S" + i, text = Text() })
                .Concat(Enumerable.Range(0, targets).Select(i => new { role = "target", id = "T" + i, text = Text() }))
                .ToArray(),
        };
    }
}

public sealed class RunEndpointTests(CometServerFactory server) : RunEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class RunEndpointOnPostgresTests(PostgresServerFactory server) : RunEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

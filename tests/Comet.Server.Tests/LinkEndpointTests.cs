using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The contract of these endpoints, run on SQLite (<see cref="LinkEndpointTests"/>) and PostgreSQL (<see cref="LinkEndpointOnPostgresTests"/>).</summary>
public abstract class LinkEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Links_Default_MostProbableFirstAndEachRequirementFindsItsFile()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-order");
        using (client)
        {
            var page = await client.GetOkAsync($"/projects/k-order/runs/{runId}/links?limit=1000");
            var probabilities = page["items"]!.AsArray().Select(l => (double)l!["probability"]!).ToList();
            Assert.Equal(48, probabilities.Count);
            Assert.Equal(probabilities.OrderByDescending(p => p), probabilities);
            Assert.Equal(Enumerable.Range(1, 48), page["items"]!.AsArray().Select(l => (int)l!["rank"]!));

            // Each requirement was written about one file: its best link must be that file.
            for (var i = 0; i < Fixtures.Requirements.Length; i++)
            {
                var best = await client.GetOkAsync($"/projects/k-order/runs/{runId}/links?source={Fixtures.Requirements[i].Id}&limit=1");
                Assert.Equal(Fixtures.Code[i].Id, (string?)best["items"]![0]!["target"]);
            }
        }
    }

    [BackendFact]
    public async Task Links_FilterByTargetAndBucket_ReturnsOnlyMatches()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-filter");
        using (client)
        {
            var byTarget = await client.GetOkAsync($"/projects/k-filter/runs/{runId}/links?target=util/Clock.java");
            Assert.Equal(6, (int)byTarget["total"]!);
            Assert.All(byTarget["items"]!.AsArray(), l => Assert.Equal("util/Clock.java", (string?)l!["target"]));

            var total = 0;
            foreach (var bucket in new[] { "probably-linked", "unsure", "probably-not" })
            {
                var page = await client.GetOkAsync($"/projects/k-filter/runs/{runId}/links?bucket={bucket}&limit=1000");
                Assert.All(page["items"]!.AsArray(), l => Assert.Equal(bucket, (string?)l!["bucket"]));
                total += (int)page["total"]!;
            }

            Assert.Equal(48, total);
        }
    }

    [BackendTheory]
    [InlineData("bucket=maybe")]
    [InlineData("limit=0")]
    [InlineData("offset=-1")]
    [InlineData("limit=abc")]
    public async Task Links_BadQuery_Returns400Problem(string query)
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-bad-" + query.Split('=')[0] + query.Length);
        using (client)
        {
            var project = "k-bad-" + query.Split('=')[0] + query.Length;
            using var response = await client.GetAsync($"/projects/{project}/runs/{runId}/links?{query}");
            await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [BackendFact]
    public async Task Links_UnknownRun_Returns404Problem()
    {
        using var client = await server.NewProjectAsync("k-unknown");
        using var response = await client.GetAsync("/projects/k-unknown/runs/999999/links");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [BackendFact]
    public async Task Explanation_KnownLink_GivesMeasuresCalibrationAndSharedTerms()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-explain");
        using (client)
        {
            var why = await client.GetOkAsync($"/projects/k-explain/runs/{runId}/links/explanation?source=R1&target=auth/LoginService.java");
            Assert.Equal(1, (int)why["rankWithinSource"]!);
            Assert.True((double)why["measures"]!["biterm"]! > 0);
            Assert.Contains("hierarchical Bayesian", (string?)why["calibration"], StringComparison.Ordinal);
            Assert.Contains("password", why["sharedTerms"]!.AsArray().Select(t => (string?)t!["term"]));
            Assert.StartsWith("Rank ", (string?)why["summary"], StringComparison.Ordinal);
        }
    }

    [BackendFact]
    public async Task Explanation_UnknownPairOrMissingSource_Returns404Or400()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-explain-bad");
        using (client)
        {
            using var unknown = await client.GetAsync($"/projects/k-explain-bad/runs/{runId}/links/explanation?source=R1&target=Nope.java");
            await unknown.ExpectProblemAsync(HttpStatusCode.NotFound);
            using var missing = await client.GetAsync($"/projects/k-explain-bad/runs/{runId}/links/explanation?target=Nope.java");
            await missing.ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [BackendFact]
    public async Task Gaps_Targets_IncludeTheFilesNoRequirementMentions()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-gaps");
        using (client)
        {
            var gaps = (await client.GetOkAsync($"/projects/k-gaps/runs/{runId}/gaps?role=target")).AsArray();
            var ids = gaps.Select(g => (string?)g!["id"]).ToList();
            Assert.Contains("util/Clock.java", ids);
            Assert.Contains("util/StringUtils.java", ids);
            Assert.All(gaps, g => Assert.True((double)g!["bestProbability"]! < 0.7));
            Assert.All(gaps, g => Assert.Equal("target", (string?)g!["role"]));
        }
    }

    [BackendFact]
    public async Task Gaps_IntermediateRole_Returns400Problem()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-gaps-bad");
        using (client)
        {
            using var response = await client.GetAsync($"/projects/k-gaps-bad/runs/{runId}/gaps?role=intermediate");
            await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [BackendFact]
    public async Task Diff_FirstRun_Returns404BecauseNothingPrecedesIt()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "k-diff-first");
        using (client)
        {
            using var response = await client.GetAsync($"/projects/k-diff-first/runs/{runId}/diff");
            await response.ExpectProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [BackendFact]
    public async Task Diff_RemovedTarget_ListsItsProbableLinksAsVanished()
    {
        var (client, first) = await TestRuns.ProjectWithRunAsync(server, "k-diff");
        using (client)
        {
            var before = await client.GetOkAsync($"/projects/k-diff/runs/{first}/links?target=auth/LoginService.java&bucket=probably-linked");
            var withoutLogin = new { artifacts = Fixtures.Code.Skip(1).Select(c => new { role = "target", id = c.Id, text = c.Text }).ToArray() };
            await client.PostOkAsync("/projects/k-diff/artifacts", withoutLogin);
            var second = await TestRuns.CompleteAsync(client, "k-diff");

            var diff = await client.GetOkAsync($"/projects/k-diff/runs/{second}/diff?base={first}");
            Assert.Equal(first, (long)diff["baseRunId"]!);
            var vanished = diff["vanished"]!.AsArray().Where(e => (string?)e!["target"] == "auth/LoginService.java").ToList();
            Assert.Equal((int)before["total"]!, vanished.Count);
            Assert.All(vanished, e => Assert.Null(e!["bucketAfter"]));
        }
    }
}

public sealed class LinkEndpointTests(CometServerFactory server) : LinkEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class LinkEndpointOnPostgresTests(PostgresServerFactory server) : LinkEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

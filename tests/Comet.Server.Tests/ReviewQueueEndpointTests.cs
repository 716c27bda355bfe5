using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>
/// The review queue and the "needs review" bucket over HTTP: on a new project (no answers) every
/// requirement's best candidate is asked first, one per requirement; an answered link is never asked
/// again; a best candidate that needs review is not a gap.
/// </summary>
public abstract class ReviewQueueEndpointContract(CometServerFactory server)
{
    [BackendFact]
    public async Task ReviewQueue_NewProject_AsksEachRequirementsMostUncertainLinkFirstAndNeverAnAnsweredOne()
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "q-new");
        using (client)
        {
            var links = (await client.GetOkAsync($"/projects/q-new/runs/{runId}/links?limit=1000"))["items"]!.AsArray();
            var bySource = links.GroupBy(l => (string)l!["source"]!).ToDictionary(g => g.Key, g => g.Select(l => (double)l!["probability"]!).ToArray());
            var queue = (await client.GetOkAsync($"/projects/q-new/runs/{runId}/review-queue?count=200")).AsArray();

            // One question per requirement before any gets a second, each its requirement's most uncertain link.
            var firstRound = queue.Take(bySource.Count).ToArray();
            Assert.Equal(bySource.Count, firstRound.Select(q => (string)q!["source"]!).Distinct().Count());
            foreach (var question in firstRound)
            {
                var closestToHalf = bySource[(string)question!["source"]!].Min(p => Math.Abs(p - 0.5));
                Assert.Equal(closestToHalf, Math.Abs((double)question["probability"]! - 0.5), 9);
            }

            var information = firstRound.Select(q => (double)q!["information"]!).ToArray();
            Assert.Equal(information.OrderDescending(), information);
            Assert.All(queue, q => Assert.False(string.IsNullOrWhiteSpace((string?)q!["reason"])));

            var asked = queue[0]!;
            await client.PostOkAsync("/projects/q-new/feedback", new { source = (string)asked["source"]!, target = (string)asked["target"]!, verdict = "confirm", author = "ana" });
            var after = (await client.GetOkAsync($"/projects/q-new/runs/{runId}/review-queue?count=200")).AsArray();
            Assert.DoesNotContain(after, q => (string?)q!["source"] == (string?)asked["source"] && (string?)q!["target"] == (string?)asked["target"]);
            Assert.Equal(queue.Count - 1, after.Count);
        }
    }

    [BackendFact]
    public async Task NeedsReview_DemoProjectWithoutAnswers_MarksOnlyBestCandidatesAndIsNoGap()
    {
        // The shipped demo: 22 requirements, 34 code files; three requirements no code implements.
        using var client = await server.NewProjectAsync("q-demo");
        var demo = Path.Combine(RepoPaths.Root, "datasets", "demo");
        object Artifact(string role, string folder, string file) =>
            new { role, id = Path.GetRelativePath(Path.Combine(demo, folder), file).Replace('\\', '/'), text = File.ReadAllText(file) };
        var artifacts = Directory.GetFiles(Path.Combine(demo, "requirements")).Select(f => Artifact("source", "requirements", f))
            .Concat(Directory.GetFiles(Path.Combine(demo, "src"), "*", SearchOption.AllDirectories).Select(f => Artifact("target", "src", f)))
            .ToArray();
        await client.PostOkAsync("/projects/q-demo/artifacts", new { artifacts });
        var runId = await TestRuns.CompleteAsync(client, "q-demo");

        var review = (await client.GetOkAsync($"/projects/q-demo/runs/{runId}/links?bucket=needs-review&limit=1000"))["items"]!.AsArray();
        Assert.NotEmpty(review);
        foreach (var link in review)
        {
            var best = (await client.GetOkAsync($"/projects/q-demo/runs/{runId}/links?source={Uri.EscapeDataString((string)link!["source"]!)}&limit=1"))["items"]![0]!;
            Assert.Equal((string?)link["target"], (string?)best["target"]); // the source's best candidate
            Assert.True((double)link["probability"]! < 0.4);
        }

        var gaps = (await client.GetOkAsync($"/projects/q-demo/runs/{runId}/gaps?role=source")).AsArray().Select(g => (string)g!["id"]!).ToHashSet();
        Assert.DoesNotContain(review, l => gaps.Contains((string)l!["source"]!));
        var summary = (await client.GetOkAsync($"/projects/q-demo/runs/{runId}"))["summary"]!;
        Assert.Equal(review.Count, (int)summary["needsReview"]!);
        Assert.Contains("not known until answers", (string?)summary["linkCount"], StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task DemoRun_WithoutAnswers_GivesTheSameProbabilitiesAsTheCliPipeline()
    {
        // One pipeline for both front ends: the service's run with a new project's settings and `comet trace`
        // with its defaults (the lexical measures and the embedding) on the same folders must give every
        // pair the same probability (and so the same buckets).
        using var client = await server.NewProjectAsync("q-same");
        var demo = Path.Combine(RepoPaths.Root, "datasets", "demo");
        var task = Comet.Loading.Projects.ProjectFolderLoader.Load(Path.Combine(demo, "requirements"), Path.Combine(demo, "src"), null, ["en"]);
        var artifacts = task.Sources.Select(a => new { role = "source", id = a.Id, text = a.Text })
            .Concat(task.Targets.Select(a => new { role = "target", id = a.Id, text = a.Text }))
            .ToArray();
        await client.PostOkAsync("/projects/q-same/artifacts", new { artifacts });
        var runId = await TestRuns.CompleteAsync(client, "q-same");
        var served = (await client.GetOkAsync($"/projects/q-same/runs/{runId}/links?limit=1000"))["items"]!.AsArray()
            .ToDictionary(l => ((string)l!["source"]!, (string)l["target"]!), l => (double)l!["probability"]!);

        var cli = new Comet.Pipeline.TracePipeline(new Comet.Pipeline.PipelineOptions { Measures = Comet.Pipeline.Modelling.ModelDefaults.TraceMeasures, Model = "hbn" }).Run(task);

        Assert.Equal(task.Sources.Count * task.Targets.Count, served.Count);
        for (var s = 0; s < task.Sources.Count; s++)
        {
            for (var t = 0; t < task.Targets.Count; t++)
            {
                Assert.Equal(cli.Posteriors!.Probability(s, t), served[(task.Sources[s].Id, task.Targets[t].Id)], 9);
            }
        }
    }

    [BackendTheory]
    [InlineData("0")]
    [InlineData("201")]
    [InlineData("x")]
    public async Task ReviewQueue_BadCount_Returns400(string count)
    {
        var (client, runId) = await TestRuns.ProjectWithRunAsync(server, "q-bad-" + count);
        using (client)
        {
            using var response = await client.GetAsync($"/projects/q-bad-{count}/runs/{runId}/review-queue?count={count}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}

public sealed class ReviewQueueEndpointTests(CometServerFactory server) : ReviewQueueEndpointContract(server), IClassFixture<CometServerFactory>;

public sealed class ReviewQueueEndpointOnPostgresTests(PostgresServerFactory server) : ReviewQueueEndpointContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

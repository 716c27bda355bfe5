using System.Text.Json.Nodes;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The "done when": the whole flow over HTTP, as a CI client would drive it.</summary>
/// <summary>The contract of these endpoints, run on SQLite (<see cref="WholeFlowTests"/>) and PostgreSQL (<see cref="WholeFlowOnPostgresTests"/>).</summary>
public abstract class WholeFlowContract(CometServerFactory server)
{
    private const string Project = "flow";

    [BackendFact]
    public async Task WholeFlow_FeedbackBetweenTwoRuns_MovesLinksAndShowsInTheDiff()
    {
        // Create the project, upload, run, poll to completion.
        using var client = await server.NewProjectAsync(Project);
        await client.PostOkAsync($"/projects/{Project}/artifacts", Fixtures.Upload());
        var first = await TestRuns.CompleteAsync(client, Project);

        // Without answers the model cannot know how many links there are: the best link is not called
        // "probably not" (it needs review at least); a file no requirement mentions is probably not.
        var top = (await client.GetOkAsync($"/projects/{Project}/runs/{first}/links?limit=1"))["items"]![0]!;
        Assert.NotEqual("probably-not", (string?)top["bucket"]);
        var unrelated = await Link(client, first, "R2", "util/Clock.java");
        Assert.Equal("probably-not", (string?)unrelated["bucket"]);
        var rated = await Link(client, first, "R3", "util/StringUtils.java");
        Assert.NotEqual("probably-linked", (string?)rated["bucket"]);

        // People answer: reject the best link, confirm the unrelated one, rate another 4 of 5.
        await client.PostOkAsync($"/projects/{Project}/feedback", new { source = top["source"]!.GetValue<string>(), target = top["target"]!.GetValue<string>(), verdict = "reject", author = "ana", runId = first });
        await client.PostOkAsync($"/projects/{Project}/feedback", new { source = "R2", target = "util/Clock.java", verdict = "confirm", author = "bo", runId = first });
        await client.PostOkAsync($"/projects/{Project}/feedback", new { source = "R3", target = "util/StringUtils.java", verdict = "likert", likert = 4, author = "cy" });

        // Re-run: the answers decide those links now.
        var second = await TestRuns.CompleteAsync(client, Project);
        var run = await client.GetOkAsync($"/projects/{Project}/runs/{second}");
        Assert.Equal(3, (int)run["summary"]!["feedbackApplied"]!);
        Assert.Equal("probably-not", (string?)(await Link(client, second, (string)top["source"]!, (string)top["target"]!))["bucket"]);
        var confirmed = await Link(client, second, "R2", "util/Clock.java");
        Assert.Equal("probably-linked", (string?)confirmed["bucket"]);
        Assert.Contains("confirm by bo", (string?)confirmed["feedback"], StringComparison.Ordinal);
        // "Probably a link" (4 of 5) raises the link; as one vote among the measures' evidence, not a verdict.
        Assert.True((double)(await Link(client, second, "R3", "util/StringUtils.java"))["probability"]! > (double)rated["probability"]!);

        // The diff is what the CI build reads: the confirmed link appeared, the rejected best link changed bucket.
        var diff = await client.GetOkAsync($"/projects/{Project}/runs/{second}/diff");
        Assert.Equal(first, (long)diff["baseRunId"]!);
        Assert.Contains(("R2", "util/Clock.java"), Pairs(diff["appeared"]!));
        var rejected = ((string)top["source"]!, (string)top["target"]!);
        Assert.Contains(rejected, Pairs(diff["changed"]!).Concat(Pairs(diff["vanished"]!)));

        var why = await client.GetOkAsync($"/projects/{Project}/runs/{second}/links/explanation?source=R2&target=util/Clock.java");
        Assert.Contains("answered: confirm by bo", (string?)why["summary"], StringComparison.Ordinal);
        Assert.Single(why["feedbackHistory"]!.AsArray());
    }

    private static async Task<JsonNode> Link(HttpClient client, long runId, string source, string target)
    {
        var page = await client.GetOkAsync($"/projects/{Project}/runs/{runId}/links?source={Uri.EscapeDataString(source)}&target={Uri.EscapeDataString(target)}");
        return page["items"]!.AsArray().Single()!;
    }

    private static List<(string, string)> Pairs(JsonNode entries) =>
        [.. entries.AsArray().Select(e => ((string)e!["source"]!, (string)e["target"]!))];
}

public sealed class WholeFlowTests(CometServerFactory server) : WholeFlowContract(server), IClassFixture<CometServerFactory>;

public sealed class WholeFlowOnPostgresTests(PostgresServerFactory server) : WholeFlowContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

using System.Text.Json.Nodes;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>A project on the hierarchical Bayesian model ("hbn"): runs give posteriors, and feedback re-ranks links.</summary>
/// <summary>The contract of these endpoints, run on SQLite (<see cref="BayesianModelFlowTests"/>) and PostgreSQL (<see cref="BayesianModelFlowOnPostgresTests"/>).</summary>
public abstract class BayesianModelFlowContract(CometServerFactory server)
{
    private const string Project = "bayes";

    [BackendFact]
    public async Task Run_HbnModelWithFeedback_MovesTheAnsweredLinksAndKeepsProbabilitiesInRange()
    {
        using var client = await server.NewProjectAsync(Project, new
        {
            measures = new[] { "vsm", "lsi", "bm25" },
            model = "hbn",
            languages = new[] { "en" },
            thresholds = new { probablyLinked = 0.7, unsure = 0.4 },
        });
        await client.PostOkAsync($"/projects/{Project}/artifacts", Fixtures.Upload());
        var first = await TestRuns.CompleteAsync(client, Project);
        var links = (await client.GetOkAsync($"/projects/{Project}/runs/{first}/links?limit=500"))["items"]!.AsArray();
        Assert.All(links, l => Assert.InRange((double)l!["probability"]!, 0.0, 1.0));
        var top = links[0]!;
        var before = await Probability(client, first, (string)top["source"]!, (string)top["target"]!);
        var unrelatedBefore = await Probability(client, first, "R2", "util/Clock.java");

        await client.PostOkAsync($"/projects/{Project}/feedback", new { source = (string)top["source"]!, target = (string)top["target"]!, verdict = "reject", author = "ana", runId = first });
        await client.PostOkAsync($"/projects/{Project}/feedback", new { source = "R2", target = "util/Clock.java", verdict = "confirm", author = "bo", runId = first });
        var second = await TestRuns.CompleteAsync(client, Project);

        var run = await client.GetOkAsync($"/projects/{Project}/runs/{second}");
        Assert.Equal(2, (int)run["summary"]!["feedbackApplied"]!);
        Assert.True(await Probability(client, second, (string)top["source"]!, (string)top["target"]!) < before, "a rejected link must lose probability");
        Assert.True(await Probability(client, second, "R2", "util/Clock.java") > unrelatedBefore, "a confirmed link must gain probability");

        // A person's verdict decides their link's bucket, against the measures either way.
        Assert.Equal("probably-not", await Bucket(client, second, (string)top["source"]!, (string)top["target"]!));
        Assert.Equal("probably-linked", await Bucket(client, second, "R2", "util/Clock.java"));
    }

    [BackendFact]
    public async Task Run_HbnModel_SpuriousSecondCandidateIsNotProbablyLinked()
    {
        // R2 ("The system prints ...") shares only "system" with Clock (System.nanoTime): the fit
        // alone put this pair at 0.998 before the reported posterior was tempered.
        using var client = await server.NewProjectAsync("bayes-spurious", HbnSettings);
        await client.PostOkAsync("/projects/bayes-spurious/artifacts", Fixtures.Upload());
        var run = await TestRuns.CompleteAsync(client, "bayes-spurious");

        Assert.Equal("probably-not", await Bucket(client, run, "R2", "util/Clock.java", "bayes-spurious"));
        Assert.Equal("probably-linked", await Bucket(client, run, "R2", "report/MonthlyReportPrinter.java", "bayes-spurious"));
    }

    [BackendFact]
    public async Task Run_HbnModel_APersonsLaterAnswerReplacesTheirEarlierOne()
    {
        const string project = "bayes-mind";
        using var client = await server.NewProjectAsync(project, HbnSettings);
        await client.PostOkAsync($"/projects/{project}/artifacts", Fixtures.Upload());
        await TestRuns.CompleteAsync(client, project);

        // Ana confirms by mistake, then rejects: only her rejection counts.
        await client.PostOkAsync($"/projects/{project}/feedback", new { source = "R1", target = "auth/LoginService.java", verdict = "confirm", author = "ana" });
        await client.PostOkAsync($"/projects/{project}/feedback", new { source = "R1", target = "auth/LoginService.java", verdict = "reject", author = "ana" });
        var run = await TestRuns.CompleteAsync(client, project);

        Assert.Equal("probably-not", await Bucket(client, run, "R1", "auth/LoginService.java", project));
        var summary = (await client.GetOkAsync($"/projects/{project}/runs/{run}"))["summary"]!;
        Assert.Equal(1, (int)summary["feedbackApplied"]!);
    }

    [BackendFact]
    public async Task Explanation_HbnRun_SpeaksOfTheModelNotOfACalibratedZValue()
    {
        const string project = "bayes-explain";
        using var client = await server.NewProjectAsync(project, HbnSettings);
        await client.PostOkAsync($"/projects/{project}/artifacts", Fixtures.Upload());
        var run = await TestRuns.CompleteAsync(client, project);

        var why = await client.GetOkAsync($"/projects/{project}/runs/{run}/links/explanation?source=R1&target=auth/LoginService.java");

        var summary = (string)why["summary"]!;
        Assert.Contains("link model", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("calibration maps", summary, StringComparison.Ordinal);
        Assert.StartsWith("hbn: hierarchical Bayesian link model over vsm, lsi, bm25", (string)why["calibration"]!, StringComparison.Ordinal);
        var z = (double)why["z"]!;
        Assert.InRange(z, -10, 10); // a z-value of the first measure, not the posterior log-odds

        // The log-odds are stored apart from z, and they are what the probability says.
        var logOdds = (double)why["logOdds"]!;
        var probability = (double)why["link"]!["probability"]!;
        Assert.Equal(probability, 1 / (1 + Math.Exp(-logOdds)), 9);
        Assert.NotEqual(z, logOdds);
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"posterior log-odds {logOdds:0.00}"), summary, StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task Explanation_InterimRun_HasNoLogOddsAndSpeaksOfTheCalibration()
    {
        const string project = "interim-explain";
        using var client = await server.NewProjectAsync(project, new { measures = new[] { "vsm" }, model = "interim-z-logistic", languages = new[] { "en" }, thresholds = new { probablyLinked = 0.7, unsure = 0.4 } });
        await client.PostOkAsync($"/projects/{project}/artifacts", Fixtures.Upload());
        var run = await TestRuns.CompleteAsync(client, project);

        var why = await client.GetOkAsync($"/projects/{project}/runs/{run}/links/explanation?source=R1&target=auth/LoginService.java");

        Assert.Null(why["logOdds"]);
        Assert.Contains("calibration maps", (string)why["summary"]!, StringComparison.Ordinal);
    }

    private static readonly object HbnSettings = new
    {
        measures = new[] { "vsm", "lsi", "bm25" },
        model = "hbn",
        languages = new[] { "en" },
        thresholds = new { probablyLinked = 0.7, unsure = 0.4 },
    };

    private static async Task<string?> Bucket(HttpClient client, long runId, string source, string target, string project = Project)
    {
        var page = await client.GetOkAsync($"/projects/{project}/runs/{runId}/links?source={Uri.EscapeDataString(source)}&target={Uri.EscapeDataString(target)}");
        return (string?)page["items"]!.AsArray().Single()!["bucket"];
    }

    private static async Task<double> Probability(HttpClient client, long runId, string source, string target)
    {
        var page = await client.GetOkAsync($"/projects/{Project}/runs/{runId}/links?source={Uri.EscapeDataString(source)}&target={Uri.EscapeDataString(target)}");
        return (double)page["items"]!.AsArray().Single()!["probability"]!;
    }
}

public sealed class BayesianModelFlowTests(CometServerFactory server) : BayesianModelFlowContract(server), IClassFixture<CometServerFactory>;

public sealed class BayesianModelFlowOnPostgresTests(PostgresServerFactory server) : BayesianModelFlowContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

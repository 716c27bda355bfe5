using System.Net;
using System.Text;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>A server on either backend with small limits, so that each limit can be hit cheaply.</summary>
public sealed class SmallLimitsFactory<TServer> : IDisposable
    where TServer : CometServerFactory, new()
{
    public SmallLimitsFactory()
    {
        Server = new TServer();
        Server.Settings["MaxRequestBytes"] = "65536";
        Server.Settings["MaxArtifactsPerUpload"] = "3";
        Server.Settings["MaxArtifactChars"] = "100";
        Server.Settings["MaxCandidatePairs"] = "4";
        Server.Settings["MaxPageSize"] = "10";
    }

    public TServer Server { get; }

    public void Dispose() => Server.Dispose();
}

/// <summary>Run on SQLite (<see cref="LimitTests"/>) and PostgreSQL (<see cref="LimitOnPostgresTests"/>).</summary>
public abstract class LimitContract<TServer>(SmallLimitsFactory<TServer> limits)
    where TServer : CometServerFactory, new()
{
    private CometServerFactory Server => limits.Server;

    [BackendFact]
    public async Task Upload_BodyOverLimit_Returns413Problem()
    {
        using var client = await Server.NewProjectAsync("l-body");
        var huge = new string('x', 100_000);
        using var response = await client.PostJsonAsync("/projects/l-body/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = huge } } });
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [BackendFact]
    public async Task Upload_ChunkedBodyOverLimit_Returns413Problem()
    {
        using var client = await Server.NewProjectAsync("l-chunked");
        var json = "{\"artifacts\":[{\"role\":\"source\",\"id\":\"R1\",\"text\":\"" + new string('x', 100_000) + "\"}]}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json))); // no Content-Length header: chunked
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        using var response = await client.PostAsync("/projects/l-chunked/artifacts", content);
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [BackendFact]
    public async Task Upload_TooManyArtifactsOrTooLongText_Returns400()
    {
        using var client = await Server.NewProjectAsync("l-count");
        var four = Enumerable.Range(1, 4).Select(i => new { role = "source", id = "R" + i, text = "t" }).ToArray();
        using var tooMany = await client.PostJsonAsync("/projects/l-count/artifacts", new { artifacts = four });
        await tooMany.ExpectProblemAsync(HttpStatusCode.BadRequest);
        using var tooLong = await client.PostJsonAsync("/projects/l-count/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = new string('y', 101) } } });
        var problem = await tooLong.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["artifacts[0].text"]);
    }

    [BackendFact]
    public async Task StartRun_TooManyCandidatePairs_Returns400()
    {
        using var client = await Server.NewProjectAsync("l-pairs");
        var body = new
        {
            artifacts = new[]
            {
                new { role = "source", id = "R1", text = "a" }, new { role = "source", id = "R2", text = "b" },
                new { role = "target", id = "T1", text = "c" },
            },
        };
        await client.PostOkAsync("/projects/l-pairs/artifacts", body);
        await client.PostOkAsync("/projects/l-pairs/artifacts", new { artifacts = new[] { new { role = "target", id = "T1", text = "c" }, new { role = "target", id = "T2", text = "d" }, new { role = "target", id = "T3", text = "e" } } });
        using var response = await client.PostJsonAsync("/projects/l-pairs/runs", new { });
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("6 candidate pairs", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task Paging_LimitAboveMaximum_Returns400()
    {
        using var client = await Server.NewProjectAsync("l-page");
        using var response = await client.GetAsync("/projects/l-page/runs?limit=11");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["limit"]);
    }
}

public sealed class LimitTests(SmallLimitsFactory<CometServerFactory> limits)
    : LimitContract<CometServerFactory>(limits), IClassFixture<SmallLimitsFactory<CometServerFactory>>;

public sealed class LimitOnPostgresTests(SmallLimitsFactory<PostgresServerFactory> limits)
    : LimitContract<PostgresServerFactory>(limits), IClassFixture<SmallLimitsFactory<PostgresServerFactory>>, IPostgresTests;

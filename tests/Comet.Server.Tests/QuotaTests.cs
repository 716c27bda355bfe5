using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>The per-project storage quota on artifact text (MaxProjectTextBytes): beyond it an upload is refused with 507.
/// Run on SQLite (<see cref="QuotaTests"/>) and PostgreSQL (<see cref="QuotaOnPostgresTests"/>).</summary>
public abstract class QuotaContract<TServer>
    where TServer : CometServerFactory, new()
{
    [BackendFact]
    public async Task Upload_PastTheProjectQuota_Returns507ProblemAndStoresNothing()
    {
        using var server = new TServer();
        server.Settings["MaxProjectTextBytes"] = "1000";
        using var client = await server.NewProjectAsync("quota");
        object Upload(string prefix) => new
        {
            artifacts = new[] { new { role = "source", id = prefix + "R", text = new string('r', 300) }, new { role = "target", id = prefix + "T", text = new string('t', 300) } },
        };

        await client.PostOkAsync("/projects/quota/artifacts", Upload("a"));
        using var response = await client.PostJsonAsync("/projects/quota/artifacts", Upload("b"));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.InsufficientStorage);
        Assert.Contains("quota of 1,000", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(1, (int)(await client.GetOkAsync("/projects/quota"))["latestVersion"]!);
    }
}

public sealed class QuotaTests : QuotaContract<CometServerFactory>;

public sealed class QuotaOnPostgresTests : QuotaContract<PostgresServerFactory>, IPostgresTests;

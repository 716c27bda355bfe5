using System.Net;
using Comet.Server.Persistence;
using Comet.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Comet.Server.Tests;

/// <summary>Run on SQLite (<see cref="HealthAndDocumentTests"/>) and PostgreSQL (<see cref="HealthAndDocumentOnPostgresTests"/>).</summary>
public abstract class HealthAndDocumentContract(CometServerFactory server)
{
    [BackendFact]
    public async Task Health_WithoutKey_ReturnsOkAndSchemaVersion()
    {
        using var client = server.ClientWithKey(null);
        var health = await client.GetOkAsync("/health");
        Assert.Equal("ok", (string?)health["status"]);
        // Each backend counts its own migration steps (PostgreSQL's step 1 is SQLite's steps 1-5).
        var database = server.Services.GetRequiredService<Database>();
        Assert.Equal(database.IsPostgres ? SchemaMigrations.Postgres.Count : SchemaMigrations.All.Count, (int)health["schemaVersion"]!);
    }

    [BackendFact]
    public async Task OpenApi_WithKey_ListsEveryResource()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "read"));
        var document = await client.GetOkAsync("/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var expected in new[]
        {
            "/health", "/projects", "/projects/{projectId}", "/projects/{projectId}/settings", "/projects/{projectId}/artifacts",
            "/projects/{projectId}/artifacts/zip", "/projects/{projectId}/artifacts/text", "/projects/{projectId}/versions",
            "/projects/{projectId}/runs", "/projects/{projectId}/runs/{runId}", "/projects/{projectId}/runs/{runId}/cancel",
            "/projects/{projectId}/runs/{runId}/links", "/projects/{projectId}/runs/{runId}/links/explanation",
            "/projects/{projectId}/runs/{runId}/gaps", "/projects/{projectId}/runs/{runId}/diff",
            "/projects/{projectId}/feedback", "/projects/{projectId}/feedback/{feedbackId}",
        })
        {
            Assert.Contains(expected, paths);
        }
    }

    [BackendFact]
    public async Task OpenApi_WithoutKey_Returns401Problem()
    {
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync("/openapi/v1.json");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [BackendFact]
    public async Task UnknownRoute_WithKey_Returns404Problem()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "read"));
        using var response = await client.GetAsync("/no/such/thing");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class HealthAndDocumentTests(CometServerFactory server) : HealthAndDocumentContract(server), IClassFixture<CometServerFactory>;

public sealed class HealthAndDocumentOnPostgresTests(PostgresServerFactory server) : HealthAndDocumentContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

using System.Net;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

public sealed class HealthAndDocumentTests(CometServerFactory server) : IClassFixture<CometServerFactory>
{
    [Fact]
    public async Task Health_WithoutKey_ReturnsOkAndSchemaVersion()
    {
        using var client = server.ClientWithKey(null);
        var health = await client.GetOkAsync("/health");
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal(Persistence.SchemaMigrations.All.Count, (int)health["schemaVersion"]!);
    }

    [Fact]
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

    [Fact]
    public async Task OpenApi_WithoutKey_Returns401Problem()
    {
        using var client = server.ClientWithKey(null);
        using var response = await client.GetAsync("/openapi/v1.json");
        await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_WithKey_Returns404Problem()
    {
        using var client = server.ClientWithKey(server.CreateKey("*", "read"));
        using var response = await client.GetAsync("/no/such/thing");
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}

using System.Net;
using System.Net.Http.Headers;
using Comet.Server.Persistence;
using Comet.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Comet.Server.Tests;

/// <summary>Run on SQLite (<see cref="AuthorizationTests"/>) and PostgreSQL (<see cref="AuthorizationOnPostgresTests"/>).</summary>
public abstract class AuthorizationContract(CometServerFactory server)
{
    [BackendFact]
    public async Task AnyProjectEndpoint_NoOrUnknownKey_Returns401()
    {
        using var none = server.ClientWithKey(null);
        using var wrong = server.ClientWithKey("comet_not-a-real-key");
        foreach (var client in new[] { none, wrong })
        {
            using var response = await client.GetAsync("/projects");
            await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [BackendFact]
    public async Task KeyOfProjectA_CannotReadOrWriteProjectB()
    {
        var (clientB, runB) = await TestRuns.ProjectWithRunAsync(server, "auth-b");
        clientB.Dispose();
        using var clientA = await server.NewProjectAsync("auth-a");

        var attempts = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, "/projects/auth-b", null),
            (HttpMethod.Put, "/projects/auth-b/settings", new { }),
            (HttpMethod.Post, "/projects/auth-b/artifacts", Fixtures.Minimal()),
            (HttpMethod.Get, "/projects/auth-b/artifacts", null),
            (HttpMethod.Get, "/projects/auth-b/versions", null),
            (HttpMethod.Post, "/projects/auth-b/runs", new { }),
            (HttpMethod.Get, $"/projects/auth-b/runs/{runB}", null),
            (HttpMethod.Post, $"/projects/auth-b/runs/{runB}/cancel", null),
            (HttpMethod.Get, $"/projects/auth-b/runs/{runB}/links", null),
            (HttpMethod.Get, $"/projects/auth-b/runs/{runB}/gaps", null),
            (HttpMethod.Get, $"/projects/auth-b/runs/{runB}/diff", null),
            (HttpMethod.Post, "/projects/auth-b/feedback", new { source = "R1", target = "util/Clock.java", verdict = "confirm", author = "mallory" }),
            (HttpMethod.Get, "/projects/auth-b/feedback", null),
        };
        foreach (var (method, path, body) in attempts)
        {
            using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
            using var response = await clientA.SendAsync(request);
            await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        }

        using var operatorClient = server.ClientWithKey(server.CreateKey("*", "read"));
        Assert.Equal(0, (int)(await operatorClient.GetOkAsync("/projects/auth-b/feedback"))["total"]!);
    }

    [BackendFact]
    public async Task ReadKey_CanReadButNotWrite()
    {
        using var admin = await server.NewProjectAsync("auth-read");
        await admin.PostOkAsync("/projects/auth-read/artifacts", Fixtures.Minimal());
        using var reader = server.ClientWithKey(server.CreateKey("auth-read", "read"));

        await reader.GetOkAsync("/projects/auth-read/artifacts");
        using var upload = await reader.PostJsonAsync("/projects/auth-read/artifacts", Fixtures.Minimal());
        await upload.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var run = await reader.PostJsonAsync("/projects/auth-read/runs", new { });
        await run.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var feedback = await reader.PostJsonAsync("/projects/auth-read/feedback", new { source = "R1", target = "Login.java", verdict = "confirm", author = "r" });
        await feedback.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [BackendFact]
    public async Task WriteKey_CannotChangeSettings()
    {
        using var admin = await server.NewProjectAsync("auth-write");
        using var writer = server.ClientWithKey(server.CreateKey("auth-write", "write"));
        using var response = await writer.PutJsonAsync("/projects/auth-write/settings", new { languages = new[] { "it" } });
        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await writer.PostOkAsync("/projects/auth-write/artifacts", Fixtures.Minimal());
    }

    [BackendFact]
    public async Task BearerAuthorization_IsAcceptedLikeTheHeader()
    {
        using var admin = await server.NewProjectAsync("auth-bearer");
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.CreateKey("auth-bearer", "read"));
        await client.GetOkAsync("/projects/auth-bearer");
    }

    [BackendFact]
    public async Task StoredKeys_AreSha256HashesNeverTheKey()
    {
        var key = server.CreateKey("auth-hash", "read");
        // The server's own database, whichever backend holds it.
        using var connection = server.Services.GetRequiredService<Database>().Open();
        using var command = connection.Command("SELECT hash FROM api_keys");
        var hashes = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                hashes.Add(reader.GetString(0));
            }
        }

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
        Assert.Contains(expected, hashes);
        Assert.DoesNotContain(hashes, h => h.Contains(key[6..20], StringComparison.Ordinal));
    }
}

public sealed class AuthorizationTests(CometServerFactory server) : AuthorizationContract(server), IClassFixture<CometServerFactory>;

public sealed class AuthorizationOnPostgresTests(PostgresServerFactory server) : AuthorizationContract(server), IClassFixture<PostgresServerFactory>, IPostgresTests;

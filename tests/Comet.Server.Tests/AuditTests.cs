using System.Net;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>Audit: an access-log line per request naming the key id (never the key), and the key id on each answer.
/// Run on SQLite (<see cref="AuditTests"/>) and PostgreSQL (<see cref="AuditOnPostgresTests"/>).</summary>
public abstract class AuditContract
{
    private readonly Func<TestDatabase> _storage;

    private protected AuditContract(Func<TestDatabase> storage) => _storage = storage;

    [BackendFact]
    public async Task Requests_AreLoggedWithKeyIdNotKey_AndAnswersRecordTheirKey()
    {
        using var storage = _storage();
        var database = storage.Database;
        database.Migrate();
        var (key, record) = new ApiKeyStore(database, TimeProvider.System).Create("audit", ApiScope.Admin, "auditor");
        using var server = storage.StartServer("--Logging:LogLevel:Comet.Access", "Information");
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        await client.PostOkAsync("/projects", new { id = "audit" });
        await client.PostOkAsync("/projects/audit/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = "login" }, new { role = "target", id = "T1", text = "class Login" } } });
        var answer = await client.PostOkAsync("/projects/audit/feedback", new { source = "R1", target = "T1", verdict = "confirm", author = "anyone" });
        using var stranger = new HttpClient { BaseAddress = server.BaseAddress };
        using (var refused = await stranger.GetAsync("/projects/audit/feedback"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var expected = $"POST /projects/audit/feedback 201";
        for (var i = 0; i < 100 && !server.Output.Contains("GET /projects/audit/feedback 401", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50); // the console logger writes in the background
        }

        var log = server.Output;
        Assert.Contains(expected, log, StringComparison.Ordinal);
        Assert.Contains($"key {record.Id} from 127.0.0.1", log, StringComparison.Ordinal);
        Assert.Contains("GET /projects/audit/feedback 401", log, StringComparison.Ordinal);
        Assert.DoesNotContain(key, log, StringComparison.Ordinal);
        using var connection = database.Open();
        Assert.Equal(record.Id, connection.ScalarInt64("SELECT key_id FROM feedback WHERE id = @id", ("@id", (long)answer["id"]!)));
    }
}

public sealed class AuditTests() : AuditContract(TestDatabase.Sqlite);

public sealed class AuditOnPostgresTests() : AuditContract(TestDatabase.Postgres), IPostgresTests;

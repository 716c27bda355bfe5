using System.Net.Http.Headers;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Comet.Server.Tests.Support;

/// <summary>
/// The real server in memory (WebApplicationFactory) on a temporary SQLite file. One per test class;
/// tests in a class use their own project ids, so none depends on another's data.
/// <see cref="PostgresServerFactory"/> is the same server on PostgreSQL.
/// </summary>
public class CometServerFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    /// <summary>Overrides of Comet:* settings for a test class that needs other limits.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>A new key for a project (or "*"), made through the same store the keys command uses.</summary>
    public string CreateKey(string projectId, string scope)
    {
        var store = Services.GetRequiredService<ApiKeyStore>();
        return store.Create(projectId, Enum.Parse<ApiScope>(scope, ignoreCase: true), "test").Key;
    }

    /// <summary>A client that sends <paramref name="key"/> in the X-Api-Key header (none when null).</summary>
    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client with an admin key of a new project that already exists.</summary>
    public async Task<HttpClient> NewProjectAsync(string projectId, object? settings = null)
    {
        var client = ClientWithKey(CreateKey(projectId, "admin"));
        using var response = await client.PostJsonAsync("/projects", new { id = projectId, settings });
        await response.ExpectAsync(System.Net.HttpStatusCode.Created);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Comet:DataDirectory", _data.Path);
        foreach (var (name, value) in StorageSettings())
        {
            builder.UseSetting("Comet:" + name, value);
        }

        foreach (var (name, value) in Settings)
        {
            builder.UseSetting("Comet:" + name, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Comet:* settings that choose the database (none: SQLite in the data folder).</summary>
    protected virtual IEnumerable<(string Name, string Value)> StorageSettings() => [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}

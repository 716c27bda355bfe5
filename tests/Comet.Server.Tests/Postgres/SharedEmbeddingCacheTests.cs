using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests.Postgres;

/// <summary>
/// Workers share embedding vectors through one cache folder (COMET_CACHE pointing at a volume every
/// worker mounts; the vectors are files named by SHA-256 of model and text). A run of the same texts
/// executed by a second worker, after the first has exited, reads the first worker's vectors: it
/// completes with the embedding measure and rewrites none of them; it encodes (and writes back) only
/// the one vector the test removed from the folder.
/// </summary>
public sealed class SharedEmbeddingCacheTests : IPostgresTests
{
    [BackendFact]
    public async Task SecondWorker_SameTexts_FindsTheFirstWorkersVectorsAndEncodesNothing()
    {
        using var storage = TestDatabase.Postgres();
        using var cache = new TempDirectory();
        storage.Database.Migrate();
        var key = new ApiKeyStore(storage.Database, TimeProvider.System).Create(ApiKey.AllProjects, ApiScope.Admin, "cache test").Key;
        var shared = new Dictionary<string, string> { ["COMET_CACHE"] = cache.Path };
        string[] Args(string role) => ["--role", role, "--Comet:PollMilliseconds=200"];
        using var api = storage.StartServer(Args("api"));
        using var first = storage.StartServer(shared, Args("worker"));
        await Task.WhenAll(api.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60)), first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60)));
        using var client = api.Client(key, 60);
        await client.PostOkAsync("/projects", new { id = "emb", settings = new { measures = new[] { "vsm", "embedding" } } });
        await client.PostOkAsync("/projects/emb/artifacts", Fixtures.Upload());

        await CompletedRunAsync(client);
        var written = Snapshot(cache.Path);
        Assert.True(written.Count >= Fixtures.Requirements.Length + Fixtures.Code.Length, $"the first worker cached {written.Count} vectors");

        // Only the second worker is left to run the next run. One vector is removed, so that the folder
        // proves it is the one the second worker reads and writes: that text alone is encoded again.
        first.Terminate();
        Assert.True(first.WaitForExit(TimeSpan.FromSeconds(60)), "the first worker stops on SIGTERM");
        var removed = written.Keys.Order(StringComparer.Ordinal).First();
        File.Delete(removed);
        using var second = storage.StartServer(shared, Args("worker"));
        await second.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        await CompletedRunAsync(client);

        var after = Snapshot(cache.Path);
        Assert.Equal(written.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(written.Where(f => f.Key != removed), f => Assert.Equal(f.Value, after[f.Key])); // read, not rewritten
    }

    private static async Task CompletedRunAsync(HttpClient client)
    {
        var run = await TestRuns.WaitAsync(client, "emb", await TestRuns.StartAsync(client, "emb"), seconds: 300);
        Assert.True((string?)run["status"] == "completed", $"run ended as {run["status"]}: {run["error"]}");
        Assert.Contains("embedding", run["summary"]!["stageSeconds"]!.AsObject().Select(stage => stage.Key)); // the measure ran
    }

    // Every file of the cache with its last write time.
    private static Dictionary<string, DateTime> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}

using System.Globalization;
using System.Net.Http.Json;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;

namespace Comet.Server.Tests;

/// <summary>
/// One server per data folder: a second process on the same folder refuses to start, says who holds
/// the folder, and leaves the first one's run alone (it used to fail it and delete its links).
/// </summary>
public sealed class OwnershipTests
{
    private const int Sources = 100;
    private const int Targets = 300;

    [Fact]
    public async Task SecondServerOnOneFolder_ExitsNonZeroNamingTheHolder_FirstRunKeepsAllLinks()
    {
        using var data = new TempDirectory();
        var key = AdminKey(data.Path, "owned");
        using var first = new ServerProcess(data.Path, ServerProcess.FreePort());
        await first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = first.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        await UploadRandomProjectAsync(client, "owned", Sources, Targets);
        var runId = await TestRuns.StartAsync(client, "owned");

        using var second = new ServerProcess(data.Path, ServerProcess.FreePort());
        Assert.True(second.WaitForExit(TimeSpan.FromSeconds(60)), "the second server kept running on a folder that is in use");

        var during = await client.GetOkAsync($"/projects/owned/runs/{runId}");
        Assert.False((bool)during["isFinal"]!, "the run ended before the second server tried; the test proved nothing");
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("in use by another Comet server", second.Output, StringComparison.Ordinal);
        Assert.Contains($"pid {first.Id} ", second.Output, StringComparison.Ordinal);
        var run = await TestRuns.WaitAsync(client, "owned", runId, seconds: 120);
        Assert.Equal("completed", (string?)run["status"]);
        var links = await client.GetOkAsync($"/projects/owned/runs/{runId}/links?limit=1");
        Assert.Equal(Sources * Targets, (int)links["total"]!);
        Assert.False(first.HasExited);
    }

    [Fact]
    public async Task FolderOfAStoppedServer_CanBeTakenAgain()
    {
        using var data = new TempDirectory();
        using (var killed = new ServerProcess(data.Path, ServerProcess.FreePort()))
        {
            await killed.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            killed.Kill(); // the OS drops the lock with the process: no stale lock after a crash
        }

        using var next = new ServerProcess(data.Path, ServerProcess.FreePort());
        await next.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        Assert.False(next.HasExited);
        Assert.Contains($"pid {next.Id} ", await File.ReadAllTextAsync(Path.Combine(data.Path, "comet.owner")), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in new[] { "comet.db", "comet.db-wal", "comet.lock", "comet.owner" })
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data.Path, file)));
            }
        }
    }

    internal static string AdminKey(string dataDirectory, string projectId)
    {
        var database = new Database(Path.Combine(dataDirectory, "comet.db"));
        database.Migrate();
        return new ApiKeyStore(database, TimeProvider.System).Create(projectId, ApiScope.Admin, "test").Key;
    }

    /// <summary>A project of seeded random texts: every (source, target) pair becomes a stored link.</summary>
    internal static async Task UploadRandomProjectAsync(HttpClient client, string projectId, int sources, int targets)
    {
        (await client.PostAsJsonAsync("projects", new { id = projectId })).EnsureSuccessStatusCode();
        var random = new Random(7);
        var words = Enumerable.Range(0, 2000).Select(i => "term" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        string Text() => string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)]));
        var artifacts = Enumerable.Range(0, sources).Select(i => new { role = "source", id = $"S{i}", text = Text() })
            .Concat(Enumerable.Range(0, targets).Select(i => new { role = "target", id = $"T{i}", text = Text() }));
        (await client.PostAsJsonAsync($"projects/{projectId}/artifacts", new { artifacts })).EnsureSuccessStatusCode();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Comet.Server.Backup;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests;

/// <summary>
/// `backup` while the real server takes answers from four clients, then `restore` into another folder:
/// every answer acknowledged before the backup began is in the restored database.
/// </summary>
public sealed class BackupTests(ITestOutputHelper output)
{
    private const int Posters = 4;

    [Fact]
    public async Task Backup_UnderWriteLoad_RestoresEveryAnswerAcknowledgedBeforeItBegan()
    {
        using var data = new TempDirectory();
        using var restored = new TempDirectory();
        var backupFile = Path.Combine(restored.Path, "comet-backup.db");
        var key = OwnershipTests.AdminKey(data.Path, "bk");
        var acknowledged = new ConcurrentQueue<(string Comment, long At)>();
        long backupBegan;
        using (var server = new ServerProcess(data.Path, ServerProcess.FreePort()))
        {
            await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = server.BaseAddress };
            client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
            await client.PostOkAsync("/projects", new { id = "bk" });
            await client.PostOkAsync("/projects/bk/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = "login" }, new { role = "target", id = "T1", text = "class Login" } } });

            using var stop = new CancellationTokenSource();
            var posters = Enumerable.Range(0, Posters).Select(p => Task.Run(() => PostUntilStoppedAsync(client, $"p{p}", acknowledged, stop.Token))).ToArray();
            await Task.Delay(1500);

            backupBegan = Stopwatch.GetTimestamp();
            var (code, text, error) = Run("backup", "--out", backupFile, "--data", data.Path);
            Assert.True(code == 0, error);
            output.WriteLine(text);

            await Task.Delay(500); // answers go on after the backup; they need not be in it
            await stop.CancelAsync();
            await Task.WhenAll(posters);
        }

        var (restoreCode, restoreText, restoreError) = Run("restore", "--from", backupFile, "--data", restored.Path);
        Assert.True(restoreCode == 0, restoreError);
        output.WriteLine(restoreText);

        var before = acknowledged.Where(a => a.At < backupBegan).Select(a => a.Comment).ToList();
        var stored = new FeedbackStore(new Database(Path.Combine(restored.Path, "comet.db"))).All("bk").Select(f => f.Comment).ToHashSet();
        output.WriteLine($"acknowledged before the backup: {before.Count}, in all: {acknowledged.Count}, in the restored database: {stored.Count}");
        Assert.True(before.Count >= 20, $"too few answers before the backup ({before.Count}) for the test to mean anything");
        Assert.All(before, comment => Assert.Contains(comment, stored));
        Assert.Equal(SchemaMigrations.All.Count, DatabaseBackup.Check(Path.Combine(restored.Path, "comet.db")).SchemaVersion);
    }

    [Fact]
    public async Task Restore_WhileAServerUsesTheFolder_RefusesAndChangesNothing()
    {
        using var data = new TempDirectory();
        OwnershipTests.AdminKey(data.Path, "bk");
        var backupFile = Path.Combine(data.Path, "snapshot.db");
        Assert.Equal(0, Run("backup", "--out", backupFile, "--data", data.Path).Code);
        Assert.NotEqual(0, Run("backup", "--out", backupFile, "--data", data.Path).Code); // never overwrites

        using var server = new ServerProcess(data.Path, ServerProcess.FreePort());
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        var (code, _, error) = Run("restore", "--from", backupFile, "--data", data.Path);

        Assert.Equal(1, code);
        Assert.Contains("stop it before restoring", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(data.Path, "comet.db.before-restore-*"));
    }

    private static async Task PostUntilStoppedAsync(HttpClient client, string prefix, ConcurrentQueue<(string, long)> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var comment = $"{prefix}-{i}";
            try
            {
                using var response = await client.PostAsJsonAsync("projects/bk/feedback", new { source = "R1", target = "T1", verdict = "confirm", author = prefix, comment }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Enqueue((comment, Stopwatch.GetTimestamp()));
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = BackupCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}

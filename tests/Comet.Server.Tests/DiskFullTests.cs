using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comet.Server.Security;
using Comet.Server.Tests.Support;
using Xunit.Abstractions;

namespace Comet.Server.Tests;

/// <summary>
/// The real server on a small tmpfs that is then filled up: writes answer 507 with a problem body,
/// readiness fails, and once space is freed everything works again with no acknowledged answer lost.
/// Needs root to mount the tmpfs; elsewhere it says so in the test output and checks nothing.
/// </summary>
public sealed class DiskFullTests(ITestOutputHelper output)
{
    [Fact]
    public async Task FullDisk_WritesAnswer507AndReadinessFails_AllWorksAgainOnceSpaceIsFreed()
    {
        using var folder = new TempDirectory();
        var data = Path.Combine(folder.Path, "tmpfs");
        Directory.CreateDirectory(data);
        if (!Mount(data))
        {
            output.WriteLine("not run: mounting a tmpfs needs root");
            return;
        }

        try
        {
            await FillAndFreeAsync(data);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // the key was made through this process's pool
            if (Run("umount", data) != 0)
            {
                Run("umount", "-l", data);
            }
        }
    }

    private static async Task FillAndFreeAsync(string data)
    {
        var key = OwnershipTests.AdminKey(data, "full");
        using var server = new ServerProcess(data, ServerProcess.FreePort(), "--Comet:MinFreeDiskBytes", "262144");
        await server.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, key);
        await client.PostOkAsync("/projects", new { id = "full" });
        await client.PostOkAsync("/projects/full/artifacts", new { artifacts = new[] { new { role = "source", id = "R1", text = "login" }, new { role = "target", id = "T1", text = "class Login" } } });
        await client.GetOkAsync("/health/ready");
        var acknowledged = new List<string>();

        var filler = Path.Combine(data, "filler");
        FillDisk(filler);
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 500 && refused is null; i++)
        {
            var comment = $"answer {i} " + new string('x', 3000);
            var response = await client.PostAsJsonAsync("/projects/full/feedback", new { source = "R1", target = "T1", verdict = "confirm", author = "a", comment });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add(comment);
                response.Dispose();
            }
            else
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await refused.ExpectProblemAsync(HttpStatusCode.InsufficientStorage);
        Assert.Contains("disk is full", (string?)problem["detail"], StringComparison.Ordinal);
        refused.Dispose();
        using (var notReady = await client.GetAsync("/health/ready"))
        {
            await notReady.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        }

        File.Delete(filler);
        await client.GetOkAsync("/health/ready");
        var after = "after the disk was freed";
        await client.PostOkAsync("/projects/full/feedback", new { source = "R1", target = "T1", verdict = "reject", author = "a", comment = after });
        acknowledged.Add(after);

        var stored = (await client.GetOkAsync("/projects/full/feedback?limit=1000"))["items"]!.AsArray().Select(i => (string?)i!["comment"]).ToHashSet();
        Assert.All(acknowledged, comment => Assert.Contains(comment, stored));
        Assert.False(server.HasExited);
    }

    // Writes until the file system refuses (ENOSPC).
    private static void FillDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush();
            }
        }
        catch (IOException)
        {
            // full
        }
    }

    private static bool Mount(string folder) =>
        Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", folder) == 0;

    private static int Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, UseShellExecute = false })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

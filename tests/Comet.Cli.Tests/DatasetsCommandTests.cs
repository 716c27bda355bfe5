using System.Text.Json.Nodes;
using Comet.TestSupport;

namespace Comet.Cli.Tests;

public class DatasetsCommandTests
{
    [BenchmarkFact]
    public void Datasets_Json_ListsEveryBenchmarkWithCounts()
    {
        var result = CliProcess.Run("datasets", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rows = JsonNode.Parse(result.StdOut)!.AsArray().ToDictionary(r => r!["dataset"]!.GetValue<string>(), r => r!);
        Assert.Equal(204, rows["LibEST/req-code"]["gold"]!.GetValue<int>());
        Assert.Equal(52, rows["LibEST/req-code"]["sources"]!.GetValue<int>());
        Assert.Equal(1064, rows["CCHIT"]["targets"]!.GetValue<int>());
        Assert.Equal(5, rows["IceBreaker"]["missing_artifact_links"]!.GetValue<int>());
        Assert.True(rows.Count >= 60, $"only {rows.Count} tasks listed");
    }

    [Fact]
    public void Datasets_MissingDataFolder_FailsWithOneLine()
    {
        var result = CliProcess.Run("datasets", "--data", "/nonexistent/data");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/data", result.StdErr, StringComparison.Ordinal);
    }

    [BenchmarkFact]
    public void Datasets_DataFolderWithOneBenchmark_ListsTheOthersAsNotAvailable()
    {
        var data = Directory.CreateTempSubdirectory("comet-data-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(data.FullName, "LibEST"), Path.Combine(BenchmarkData.Root, "LibEST"));

            var result = CliProcess.Run("datasets", "--data", data.FullName);

            Assert.Equal(0, result.ExitCode);
            var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"^LibEST/req-code\s+52\s+", Assert.Single(lines, l => l.StartsWith("LibEST/req-code", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.StartsWith("CCHIT", StringComparison.Ordinal) && l.Contains("not available (no folder ", StringComparison.Ordinal));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [BenchmarkFact]
    public void EvaluateAll_DataFolderWithOneBenchmark_SkipsTheMissingOnesAndGoesOn()
    {
        var data = Directory.CreateTempSubdirectory("comet-data-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(data.FullName, "Albergate"), Path.Combine(BenchmarkData.Root, "Albergate"));

            var result = CliProcess.Run("evaluate", "--all", "--data", data.FullName, "--format", "json");

            Assert.Equal(0, result.ExitCode);
            var tasks = JsonNode.Parse(result.StdOut)!.AsArray().Select(r => r!["dataset"]!.GetValue<string>()).Distinct().ToArray();
            Assert.Equal(["Albergate"], tasks);
            Assert.Contains("CCHIT: not available (no folder ", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}

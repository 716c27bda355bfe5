using System.Text.Json.Nodes;

namespace Comet.Cli.Tests;

public class DatasetsCommandTests
{
    [Fact]
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
}

namespace Comet.Cli.Tests;

public class TraceCommandTests
{
    [Fact]
    public void Trace_NoModel_WritesCsvRankedByTheMeasure()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "none", "--measures", "vsm", "--top", "5", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,source,target,score,vsm", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("1,REQ-", lines[1], StringComparison.Ordinal);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Trace_DefaultModel_WritesProbabilityBucketAndExplanation()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--top", "3", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,source,target,score,probability,probability_sd,bucket,explanation,vsm,lsi,js,bm25,embedding", lines[0]);
        var probability = double.Parse(lines[1].Split(',')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(probability, 0.0, 1.0);
        Assert.Contains("log-odds", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_UnknownModel_FailsListingKnownModels()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "oracle");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'oracle'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("hbn", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_JsonOut_WritesFileAndReportsOnStderr()
    {
        var file = Path.Combine(Path.GetTempPath(), $"comet-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--out", file);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"links\"", File.ReadAllText(file), StringComparison.Ordinal);
            Assert.Contains("wrote", result.StdErr, StringComparison.Ordinal);
            Assert.Empty(result.StdOut);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Trace_MissingFolder_FailsWithOneLineNamingIt()
    {
        var result = CliProcess.Run("trace", "--sources", "/nonexistent/reqs", "--targets", RepoPaths.Demo("src"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/reqs", result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_EmptyArtifact_FailsNamingTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("comet-empty-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "REQ-1.txt"), "The system shall log in users.");
            File.WriteAllText(Path.Combine(dir.FullName, "REQ-2.txt"), "  \n");
            var result = CliProcess.Run("trace", "--sources", dir.FullName, "--targets", RepoPaths.Demo("src"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("REQ-2.txt", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Trace_BadOutExtension_FailsBeforeWork()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--out", "links.xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("links.xlsx", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_UnknownMeasure_FailsListingKnownMeasures()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--measures", "magic");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'magic'", result.StdErr, StringComparison.Ordinal);
    }
}

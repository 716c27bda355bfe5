using System.Globalization;

namespace Comet.Cli.Tests;

public class TraceCommandTests
{
    [Fact]
    public void Trace_NoModel_WritesCsvRankedByTheMeasure()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "none", "--measures", "vsm", "--top", "2", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("view,source,rank,target,score,vsm", lines[0]);
        // --top counts per requirement: 2 candidates for each of the 22 requirements.
        Assert.Equal(1 + (22 * 2), lines.Length);
        Assert.StartsWith("code,REQ-01.txt,1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("code,REQ-01.txt,2,", lines[2], StringComparison.Ordinal);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Trace_DefaultModel_WritesProbabilityBucketAndExplanation()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--top", "3", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("view,source,rank,target,score,probability,probability_sd,bucket,explanation,biterm,lsi,js,bm25,embedding", lines[0]);
        var cells = lines[1].Split(',');
        var probability = double.Parse(cells[5], CultureInfo.InvariantCulture);
        Assert.InRange(probability, 0.0, 1.0);
        Assert.Contains("log-odds", lines[1], StringComparison.Ordinal);
        // The explanation lists every term, and they add up to the shown log-odds (the score).
        var explanation = cells[8];
        var sum = explanation.Split(" = ")[1].Split(" + ").Sum(term => double.Parse(term.Split(' ')[^1], CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(explanation.Split(' ')[1], CultureInfo.InvariantCulture), sum, 6);
        Assert.Equal(double.Parse(cells[4], CultureInfo.InvariantCulture), sum, 2);
    }

    [Fact]
    public void Trace_StderrNotATerminal_ShowsStagesOnlyWithProgress()
    {
        string[] args = ["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "none", "--measures", "vsm", "--format", "csv"];

        var plain = CliProcess.Run(args);
        var asked = CliProcess.Run([.. args, "--progress"]);

        // The summary is always there (unless --quiet); the per-stage progress only when asked.
        Assert.Contains("loaded 22 sources, 34 targets", plain.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("project: vsm", plain.StdErr, StringComparison.Ordinal);
        Assert.Contains("project: vsm", asked.StdErr, StringComparison.Ordinal);
        Assert.Equal(plain.StdOut, asked.StdOut);
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
    public void Trace_EmptyArtifact_IsSkippedAndListedUnderVerbose()
    {
        var dir = Directory.CreateTempSubdirectory("comet-empty-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "REQ-1.txt"), "The system shall log in users.");
            File.WriteAllText(Path.Combine(dir.FullName, "REQ-2.txt"), "  \n");
            var result = CliProcess.Run("trace", "--sources", dir.FullName, "--targets", RepoPaths.Demo("src"), "--measures", "vsm", "--model", "none", "--verbose");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("skipped 1 empty file:", result.StdErr, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(dir.FullName, "REQ-2.txt"), result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Trace_Tests_AddsTheRequirementToTestView()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--tests", RepoPaths.Demo("tests"), "--measures", "vsm,bm25", "--top", "1", "--format", "csv", "--quiet");

        Assert.Equal(0, result.ExitCode);
        var rows = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(22, rows.Count(r => r[0] == "code"));
        var tests = rows.Where(r => r[0] == "tests").ToArray();
        Assert.Equal(22, tests.Length);
        Assert.All(tests, r => Assert.EndsWith("Test.java", r[3], StringComparison.Ordinal));
        // The demo's gold: REQ-01 (members) is tested by MemberServiceTest.
        Assert.Contains(tests, r => r[1] == "REQ-01.txt" && r[3] == "member/MemberServiceTest.java");
    }

    [Fact]
    public void Trace_TableFormat_ShowsTwoDigitProbabilitiesPerRequirement()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--measures", "vsm,bm25", "--format", "table", "--top", "2", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== requirement -> code: the 2 best candidates of each of 22 sources ==", result.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^REQ-01\.txt\n\s+1  \S+\s+p 0\.\d\d  ", result.StdOut);
    }

    [Fact]
    public void Trace_BadOutExtension_FailsBeforeWork()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--out", "links.xlsx");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("loaded", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("links.xlsx", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_UnknownMeasure_FailsListingKnownMeasures()
    {
        var result = CliProcess.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--measures", "magic");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'magic'", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_CacheFolder_StoresVectorsThereAndNamesIt()
    {
        var cache = Path.Combine(Path.GetTempPath(), "comet-cli-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            string[] args = ["trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--model", "none", "--measures", "embedding", "--top", "1", "--cache", cache];

            var cold = CliProcess.Run(args);
            var warm = CliProcess.Run(args);

            Assert.Equal(0, cold.ExitCode);
            var folder = Path.Combine(cache, "embeddings");
            Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.vec", SearchOption.AllDirectories));
            var coldLine = cold.StdErr.Split('\n').Single(l => l.StartsWith("embedding:", StringComparison.Ordinal));
            Assert.Contains($"0 from cache {folder}", coldLine, StringComparison.Ordinal);
            Assert.DoesNotContain(" 0 encoded", coldLine, StringComparison.Ordinal);
            Assert.Equal(0, warm.ExitCode);
            Assert.Contains(" 0 encoded)", warm.StdErr, StringComparison.Ordinal);
            Assert.Equal(cold.StdOut, warm.StdOut);
        }
        finally
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }
}

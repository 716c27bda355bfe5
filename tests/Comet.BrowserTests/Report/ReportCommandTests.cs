using Comet.BrowserTests.Support;

namespace Comet.BrowserTests.Report;

/// <summary>The `comet report` command line and `trace --report`, without a browser.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("comet-report-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Report_OutNotHtml_FailsWithOneLineNamingTheFile()
    {
        var result = CometCli.RunRaw("report", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--out", "links.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("comet: error: the report file must end in .html: links.csv", result.StdErr.Trim());
    }

    [Fact]
    public void Report_ProjectAndDataset_FailsAskingForOne()
    {
        var result = CometCli.RunRaw("report", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--dataset", "CCHIT", "--out", "r.html");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give either --sources and --targets", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_WithReport_WritesLinksOnStdoutAndTheHtmlFile()
    {
        var html = Path.Combine(_folder.FullName, "trace.html");

        var result = CometCli.RunRaw("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--top", "3", "--report", html, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("view,source,rank,target,score,probability", result.StdOut, StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        Assert.Contains("<details class=\"req\"", page, StringComparison.Ordinal);
        Assert.Contains("log-odds", page, StringComparison.Ordinal);
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public void Report_WithProbabilities_ShowsTheModelsProbabilityAndExplanation()
    {
        var csv = Path.Combine(_folder.FullName, "posteriors.csv");
        File.WriteAllText(csv, "source,target,probability,explanation\nREQ-05.txt,lending/DueDatePolicy.java,0.93,\"loan, period and due date match\"\n");
        var html = Path.Combine(_folder.FullName, "model.html");

        var result = CometCli.RunRaw("report", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--probabilities", csv, "--out", html, "--quiet");

        Assert.Equal(0, result.ExitCode);
        var page = File.ReadAllText(html);
        Assert.Contains("probabilities from posteriors.csv", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0.930</td>", page, StringComparison.Ordinal);
        Assert.Contains("loan, period and due date match", page, StringComparison.Ordinal);
    }
}

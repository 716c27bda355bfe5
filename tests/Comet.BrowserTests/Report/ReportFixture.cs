using Comet.BrowserTests.Support;
using Comet.TestSupport;

namespace Comet.BrowserTests.Report;

/// <summary>
/// Writes the reports once per test run with the real `comet report` and `comet trace --report` commands
/// (demo project with tests, without and with the link model; demo evaluation; and the largest
/// benchmark, CCHIT 116 x 1064) and starts one browser.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("comet-report-tests-");

    public string DemoProject => Path.Combine(_folder.FullName, "demo-project.html");

    /// <summary>README's command 1 with --report: the demo traced to code and tests by the link model (lexical measures, to stay quick).</summary>
    public string DemoTrace => Path.Combine(_folder.FullName, "demo-trace.html");

    public string DemoEvaluation => Path.Combine(_folder.FullName, "demo-evaluation.html");

    public string Largest => Path.Combine(_folder.FullName, "cchit.html");

    public BrowserSession Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The browser first: without Chromium every test should fail at once with the install hint.
        Browser = await BrowserSession.StartAsync();
        var data = BenchmarkData.Root;
        CometCli.Run("report", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--tests", RepoPaths.Demo("tests"),
            "--measures", "vsm,lsi,bm25", "--out", DemoProject, "--quiet");
        CometCli.Run("trace", "--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src"), "--tests", RepoPaths.Demo("tests"),
            "--measures", "vsm,lsi,js,bm25", "--report", DemoTrace, "--out", Path.Combine(_folder.FullName, "demo-trace.csv"), "--quiet");
        CometCli.Run("report", "--dataset", "demo/req-code", "--measures", "vsm,lsi,bm25", "--data", data, "--out", DemoEvaluation, "--quiet");
        CometCli.Run("report", "--dataset", "CCHIT", "--measures", "vsm,lsi,js,bm25", "--data", data, "--out", Largest, "--quiet");
    }

    public static string Url(string path) => new Uri(path).AbsoluteUri;

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}

/// <summary>All report tests share one browser and run one after another, so the timing test has the machine to itself.</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "report";
}

namespace Comet.Cli.Tests;

/// <summary>
/// Every mistake a user can make on `comet trace` is one line on stderr and exit code 2, found before
/// any work starts (nothing is loaded: the "loaded ..." line never appears).
/// </summary>
public class TraceInputErrorTests
{
    public static TheoryData<string[], string> Cases => new()
    {
        { [], "comet trace --help" },
        { ["--languages", "xx"], "unsupported language 'xx'" },
        { ["--measures", ""], "no measure given" },
        { ["--top", "abc"], "--top must be a positive whole number or 'all', got 'abc'" },
        { ["--top", "0"], "--top must be a positive whole number" },
        { ["--format", "xml"], "--format must be table, csv or json" },
        { ["--out", "/nonexistent-comet-folder/links.csv"], "--out: output folder does not exist: /nonexistent-comet-folder" },
        { ["--report", "/nonexistent-comet-folder/report.html"], "--report: output folder does not exist" },
        { ["--out", "/proc/x.csv"], "--out: cannot write into /proc" },
        { ["--include", "!*.py"], "--include: not a usable glob" },
        { ["--targets-include", "!*.py"], "--targets-include: not a usable glob" },
        { ["--no-such-option"], "--no-such-option" },
        { ["--cache", "/proc/comet-cache"], "--cache /proc/comet-cache: cannot write there" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Trace_BadInput_ExitsTwoWithOneLine(string[] options, string expected)
    {
        string[] folders = options.Length == 0 ? [] : ["--sources", RepoPaths.Demo("requirements"), "--targets", RepoPaths.Demo("src")];

        var result = CliProcess.Run(["trace", .. folders, .. options]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Trim().Split('\n'));
        Assert.StartsWith("comet: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }
}

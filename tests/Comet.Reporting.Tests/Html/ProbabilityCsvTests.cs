using Comet.Core;
using Comet.Reporting.Html.Building;

namespace Comet.Reporting.Tests.Html;

public sealed class ProbabilityCsvTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"comet-prob-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Read_QuotedExplanation_KeepsCommasAndQuotes()
    {
        File.WriteAllText(_file, "source,target,probability,explanation\nR1,Auth.java,0.82,\"shares \"\"login\"\", password\"\nR2,Fine.java,0.1,\n");

        var table = ProbabilityCsv.Read(_file, "model");

        Assert.Equal(2, table.Count);
        Assert.Equal(0.82, table.ProbabilityOf("R1", "Auth.java"));
        Assert.Equal("shares \"login\", password", table.ExplanationOf("R1", "Auth.java"));
        Assert.Null(table.ExplanationOf("R2", "Fine.java"));
        Assert.Null(table.ProbabilityOf("R3", "Auth.java"));
    }

    [Fact]
    public void Read_ProbabilityAboveOne_FailsNamingFileAndLine()
    {
        File.WriteAllText(_file, "source,target,probability\nR1,A,0.5\nR1,B,1.5\n");

        var error = Assert.Throws<CometInputException>(() => ProbabilityCsv.Read(_file, "model"));

        Assert.Contains(_file + ":3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_FailsNamingIt() =>
        Assert.Contains("nope.csv", Assert.Throws<CometInputException>(() => ProbabilityCsv.Read("/nonexistent/nope.csv", "m")).Message, StringComparison.Ordinal);
}

using System.Text.Json.Nodes;
using Comet.Reporting.Results;

namespace Comet.Reporting.Tests.Results;

public class ResultCheckTests
{
    private static readonly (double, bool)[] Pairs = [(0.9, true), (0.1, false), (0.15, false)];

    [Fact]
    public void Compare_SameRows_FindsNothing()
    {
        var committed = ResultJson.Write([ModelRows.Of(0.5, Pairs)]);

        Assert.Empty(ResultCheck.Compare(committed, [ModelRows.Of(0.5, Pairs)]));
    }

    [Fact]
    public void Compare_SameRankingOtherProbabilities_ReportsTheBrierScoreAndLogLoss()
    {
        var committed = ResultJson.Write([ModelRows.Of(0.5, Pairs)]);

        var problems = ResultCheck.Compare(committed, [ModelRows.Of(0.5, [(0.6, true), (0.1, false), (0.15, false)])]);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("brier", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("log_loss", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_FileWithoutProbabilityScores_ChecksRankingsOnly()
    {
        var committed = JsonNode.Parse(ResultJson.Write([ModelRows.Of(0.5, Pairs)]))!.AsArray();
        committed[0]!.AsObject().Remove("brier");
        committed[0]!.AsObject().Remove("log_loss");

        Assert.Empty(ResultCheck.Compare(committed.ToJsonString(), [ModelRows.Of(0.5, [(0.6, true), (0.1, false), (0.15, false)])]));
        Assert.Single(ResultCheck.Compare(committed.ToJsonString(), [ModelRows.Of(0.4, Pairs)]));
    }
}

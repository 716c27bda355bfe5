using System.Text.Json.Nodes;
using Comet.Reporting.Results;

namespace Comet.Reporting.Tests.Results;

public class ProbabilityScoreTests
{
    [Fact]
    public void Compute_FourPairs_GivesBrierLogLossAndSkillByHand()
    {
        // Links at 0.8 and 0.4, non-links at 0.2 and 0: density 0.5, constant Brier 0.25.
        var score = ProbabilityScore.Compute([(0.8, true), (0.4, true), (0.2, false), (0.0, false)]);

        Assert.Equal((0.04 + 0.36 + 0.04 + 0) / 4, score.Brier, 12);
        Assert.Equal(-(Math.Log(0.8) + Math.Log(0.4) + Math.Log(0.8) + Math.Log(1)) / 4, score.LogLoss, 12);
        Assert.Equal(1 - (0.11 / 0.25), score.BrierSkill, 12);
    }

    [Fact]
    public void Compute_ConfidentMistake_CostsAFiniteButLargeLogLoss()
    {
        var score = ProbabilityScore.Compute([(1.0, false), (0.0, true)]);

        Assert.Equal(1.0, score.Brier, 12);
        Assert.Equal(-Math.Log(1e-12), score.LogLoss, 9);
    }

    [Fact]
    public void ResultJson_ModelRow_CarriesScoresAndReliability()
    {
        var pairs = new[] { (0.9, true), (0.1, false), (0.15, false) };
        var row = ModelRows.Of(0.5, pairs);

        var node = JsonNode.Parse(ResultJson.Write([row]))!.AsArray()[0]!;

        Assert.Equal(Math.Round((0.01 + 0.01 + 0.0225) / 3, 6), (double)node["brier"]!, 9);
        var bins = node["reliability"]!.AsArray();
        Assert.Equal(10, bins.Count);
        Assert.Equal(2, (int)bins[1]![0]!);
        Assert.Equal(0, (int)bins[5]![0]!);
    }
}

using Comet.Inference.Output;
using Comet.Pipeline.Modelling;

namespace Comet.Server.Tests.Units;

/// <summary>The one-line explanation the service and the CLI show beside a link's probability.</summary>
public class LinkDetailsTests
{
    [Fact]
    public void Explain_LargestThreeTermsBySize_SignedWithTwoDecimals()
    {
        var explanation = Explanation(prior: -2.104, ("vsm", 0.8), ("lsi", 1.2), ("js", -0.3));

        Assert.Equal("log-odds prior -2.10, lsi +1.20, vsm +0.80", LinkDetails.Explain(explanation));
    }

    [Fact]
    public void Explain_TermThatRoundsToZero_ReadsPlusZero()
    {
        // A measure with no say on this pair (all-zero scores) leaves a contribution like -1e-17.
        var explanation = Explanation(prior: -1.17, ("embedding", 0.93), ("vsm", -1e-17));

        Assert.Equal("log-odds prior -1.17, embedding +0.93, vsm +0.00", LinkDetails.Explain(explanation));
    }

    [Fact]
    public void Explain_AnswersOnTheTarget_ShowAsTheirOwnTerm()
    {
        var explanation = Explanation(prior: -0.2, ("vsm", 0.1)) with { TargetFeedback = 0.45, SourceFeedback = 0 };

        Assert.Equal("log-odds target feedback +0.45, prior -0.20, vsm +0.10", LinkDetails.Explain(explanation));
    }

    private static LinkExplanation Explanation(double prior, params (string Name, double LogOdds)[] measures) =>
        new("s", "t", 0.5, 0, 0, prior, [.. measures.Select(m => new LogOddsTerm(m.Name, m.LogOdds))], 0, [], []);
}

using System.Globalization;
using Comet.Inference.Output;
using Comet.Pipeline.Explaining;

namespace Comet.Cli.Tests;

public class AdditiveExplanationTests
{
    [Fact]
    public void Format_EveryTermShown_AndTheShownTermsAddUpToTheShownTotal()
    {
        // Plain rounding would show -2.58 + 0.80 + 0.56 + 0.49 + 0.48 + 0.49 = 0.24 beside a total of 0.23;
        // the term rounding moved furthest up (js, 0.555) gives back the hundredth.
        var measures = new LogOddsTerm[] { new("embedding", 0.796), new("js", 0.555), new("bm25", 0.494), new("vsm", 0.484), new("lsi", 0.486) };
        const double prior = -2.581;
        var total = prior + measures.Sum(m => m.LogOdds);
        var explanation = new LinkExplanation("R", "T", 1 / (1 + Math.Exp(-total)), total, 0.1, prior, measures, 0, [], []);

        var text = AdditiveExplanation.Format(explanation);

        Assert.StartsWith("log-odds +0.23 = prior -2.58 + embedding +0.80 + js +0.55 + ", text, StringComparison.Ordinal);
        var terms = text.Split(" = ")[1].Split(" + ").Select(t => decimal.Parse(t.Split(' ')[^1], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(6, terms.Length);
        Assert.Equal(0.23m, terms.Sum());
    }

    [Fact]
    public void Format_TermsThatDoNotAddUp_FallBackToTheModelsOwnExplanation()
    {
        // COMET's votes are no additive form: nothing may claim they sum to the log-odds.
        var explanation = new LinkExplanation("R", "T", 0.5, 0, 0, 0, [new("vsm", 1), new("lsi", 1)], 0, [], []);

        Assert.DoesNotContain(" = ", AdditiveExplanation.Format(explanation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 10.4, 10.4, 10.4 }, 31.0)]
    [InlineData(new[] { 0.5, 0.5, -0.5 }, 1.0)]
    [InlineData(new[] { -1.6, 2.6 }, 1.0)]
    public void RoundToTotal_IntegersAddUpAndStayWithinOneOfTheValue(double[] values, double total)
    {
        var rounded = AdditiveExplanation.RoundToTotal(values, total);

        Assert.Equal(total, rounded.Sum());
        Assert.All(values.Zip(rounded), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1));
    }
}

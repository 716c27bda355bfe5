using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class JensenShannonMeasureTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Compute_IdenticalAndDisjointTexts_GiveOneAndZero()
    {
        var matrix = new JensenShannonMeasure().Compute(TinyTasks.Context(["invoice payment"], ["payment invoice", "weather station"]));
        Assert.Equal(1.0, matrix[0, 0], Precision);
        Assert.Equal(0.0, matrix[0, 1], Precision);
    }

    [Fact]
    public void Compute_PartialOverlap_MatchesHandComputedDivergence()
    {
        // P = {alpha 1/2, beta 1/2}, Q = {alpha 1/2, gamma 1/2}; M = {alpha 1/2, beta 1/4, gamma 1/4}.
        // JSD = 1/2 KL(P||M) + 1/2 KL(Q||M) = 1/2 (1/2 log2 2) + 1/2 (1/2 log2 2) = 1/2.
        var matrix = new JensenShannonMeasure().Compute(TinyTasks.Context(["alpha beta"], ["alpha gamma"]));
        Assert.Equal(0.5, matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_UnequalCounts_MatchesDenseFormula()
    {
        // P = {alpha 2/3, beta 1/3}, Q = {alpha 1/4, beta 3/4}.
        var matrix = new JensenShannonMeasure().Compute(TinyTasks.Context(["alpha alpha beta"], ["alpha beta beta beta"]));
        double[] p = [2.0 / 3, 1.0 / 3];
        double[] q = [0.25, 0.75];
        var jsd = 0.0;
        for (var i = 0; i < 2; i++)
        {
            var m = (p[i] + q[i]) / 2;
            jsd += (0.5 * p[i] * Math.Log2(p[i] / m)) + (0.5 * q[i] * Math.Log2(q[i] / m));
        }

        Assert.Equal(1.0 - jsd, matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_EmptySource_ScoresZeroEverywhere()
    {
        var matrix = new JensenShannonMeasure().Compute(TinyTasks.Context(["the of"], ["payment", "the of"]));
        Assert.Equal(0.0, matrix[0, 0]);
        Assert.Equal(0.0, matrix[0, 1]);
    }
}

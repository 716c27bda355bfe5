using Comet.Measures.Lexical;

namespace Comet.Measures.Tests;

public class VsmMeasureTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void Compute_IdenticalTexts_GiveCosineOne()
    {
        var matrix = new VsmMeasure().Compute(TinyTasks.Context(["invoice payment refund"], ["invoice payment refund", "weather station"]));
        Assert.Equal(1.0, matrix[0, 0], Precision);
        Assert.Equal(0.0, matrix[0, 1], Precision);
    }

    [Fact]
    public void Compute_PartialOverlap_MatchesHandComputedCosine()
    {
        // Documents: S0 = {alpha, beta}, T0 = {alpha, gamma}, T1 = {delta}; N = 3.
        // idf(alpha) = ln(3/2), every other term ln(3/1) (plain idf); tf = 1 everywhere.
        // cos(S0, T0) = idf(alpha)^2 / (idf(alpha)^2 + idf(other)^2).
        var matrix = new VsmMeasure().Compute(TinyTasks.Context(["alpha beta"], ["alpha gamma", "delta"]));
        var a = Math.Log(3.0 / 2.0);
        var o = Math.Log(3.0);
        Assert.Equal((a * a) / ((a * a) + (o * o)), matrix[0, 0], Precision);
    }

    [Fact]
    public void Compute_MoreSharedTerms_ScoresHigher()
    {
        var matrix = new VsmMeasure().Compute(TinyTasks.Context(
            ["The client enrolls a certificate with the server"],
            ["certificate enrollment client server request", "logging of debug messages"]));
        Assert.True(matrix[0, 0] > matrix[0, 1]);
    }
}

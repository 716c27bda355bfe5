using System.Numerics.Tensors;
using Comet.Core.Numerics;

namespace Comet.Core.Tests;

/// <summary>
/// Spread replaced the inline moments of ZScores, ScoreTransforms, InferNetLinkInference, AnswerLearner
/// and the server's scorers; the committed results depend on their exact rounding, so these tests hold it
/// to the formulas those places used, bit for bit.
/// </summary>
public class SpreadTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 42];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Of_MatchesTheTwoPassFormula_BitForBit(int seed)
    {
        var values = Scores(seed);

        var spread = Spread.Of(values);

        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        Assert.Equal(BitConverter.DoubleToInt64Bits(mean), BitConverter.DoubleToInt64Bits(spread.Mean));
        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Sqrt(squares / values.Length)), BitConverter.DoubleToInt64Bits(spread.Sd));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OfLongColumn_MatchesTheOnePassFormula_BitForBit(int seed)
    {
        var values = Scores(seed);

        var spread = Spread.OfLongColumn(values);

        var mean = TensorPrimitives.Sum<double>(values) / values.Length;
        var variance = (TensorPrimitives.SumOfSquares<double>(values) / values.Length) - (mean * mean);
        Assert.Equal(BitConverter.DoubleToInt64Bits(mean), BitConverter.DoubleToInt64Bits(spread.Mean));
        Assert.Equal(BitConverter.DoubleToInt64Bits(variance), BitConverter.DoubleToInt64Bits(spread.Variance));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Standardise_MatchesTheScalarLoop_BitForBit(int seed)
    {
        var values = Scores(seed);
        var spread = Spread.Of(values);
        var scale = 1 / spread.Sd;
        var result = new double[values.Length];

        spread.Standardise(values, scale, result);

        Assert.All(Enumerable.Range(0, values.Length), i =>
            Assert.Equal(BitConverter.DoubleToInt64Bits((values[i] - spread.Mean) * scale), BitConverter.DoubleToInt64Bits(result[i])));
    }

    [Fact]
    public void Of_Empty_IsZeroMeanAndZeroSpread()
    {
        Assert.Equal(default, Spread.Of([]));
        Assert.Equal(default, Spread.OfLongColumn([]));
    }

    // Long enough for the vectorised paths, with a wide range so that rounding differences would show.
    private static double[] Scores(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 1001).Select(_ => (random.NextDouble() * 1000) - 3)];
    }
}

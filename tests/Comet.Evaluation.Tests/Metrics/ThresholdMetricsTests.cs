using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class ThresholdMetricsTests
{
    private const int Precision = 12;

    // Scores >= 0.5: a (gold), x, y, b (gold): 4 predicted, 2 true positives; 5 gold links in all.
    private static readonly JudgedRun Run = JudgedRun.Create(
        Runs.Parse("s a 0.9; s x 0.8; s b 0.5; s y 0.6; s c 0.4; s z 0.1"),
        Runs.Gold("s a; s b; s c; s d; s e"));

    [Fact]
    public void Compute_HalfThreshold_GivesHandComputedScores()
    {
        var result = ThresholdMetrics.Compute(Run, 0.5);
        Assert.Equal(4, result.Predicted);
        Assert.Equal(2, result.TruePositives);
        Assert.Equal(0.5, result.Precision, Precision);
        Assert.Equal(0.4, result.Recall, Precision);
        Assert.Equal(2 * 0.5 * 0.4 / (0.5 + 0.4), result.F1, Precision); // 4/9
        Assert.Equal(5 * 0.5 * 0.4 / ((4 * 0.5) + 0.4), result.F2, Precision); // 5/12
        Assert.Equal("score >= 0.5", result.Rule);
    }

    [Fact]
    public void Compute_NothingPredicted_GivesZeroPrecisionAndF()
    {
        var result = ThresholdMetrics.Compute(Run, 0.95);
        Assert.Equal(0, result.Predicted);
        Assert.Equal(0.0, result.Precision);
        Assert.Equal(0.0, result.F1);
        Assert.Equal(0.0, result.F2);
    }

    [Fact]
    public void FScore_EqualPrecisionAndRecall_EqualsBoth() =>
        Assert.Equal(0.3, ThresholdMetrics.FScore(0.3, 0.3, 2), Precision);

    [Fact]
    public void Compute_NaNThreshold_Throws() =>
        Assert.Throws<ArgumentException>(() => ThresholdMetrics.Compute(Run, double.NaN));
}

using Comet.Inference.Inference;

namespace Comet.Inference.Tests;

/// <summary>The map from fitted to reported log-odds: tau (l - a) + a + b.</summary>
public class OutputCalibrationTests
{
    private static readonly double[] Fitted = [9.5, 4.0, 1.2, 0.0, -0.7, -3.0, -3.0, -8.0, -15.0, 22.0];

    private static double Sum(double[] logOdds) => logOdds.Sum(l => 1 / (1 + Math.Exp(-l)));

    [Fact]
    public void Apply_NoAnswers_KeepsTheOrderAndHoldsTheShareOfTheExpectedLinks()
    {
        var (reported, shift) = OutputCalibration.Apply(Fitted, [], 0.25, 0.6);

        Assert.Equal(0.6 * Sum(Fitted), Sum(reported), 9);
        for (var i = 0; i < Fitted.Length; i++)
        {
            Assert.Equal((0.25 * Fitted[i]) + shift, reported[i], 12);
        }

        var byFitted = Enumerable.Range(0, Fitted.Length).OrderBy(i => Fitted[i]).ToArray();
        var byReported = Enumerable.Range(0, Fitted.Length).OrderBy(i => reported[i]).ToArray();
        Assert.Equal(byFitted, byReported);
    }

    [Fact]
    public void Apply_Answers_KeepTheirFullWeight()
    {
        // Pairs 5 and 6 have the same fitted log-odds; pair 6 owes +2 of it to an answer.
        var answers = new double[Fitted.Length];
        answers[6] = 2.0;

        var (reported, shift) = OutputCalibration.Apply(Fitted, answers, 0.25, 0.6);

        Assert.Equal((0.25 * (-3.0 - 2.0)) + 2.0 + shift, reported[6], 12);
        Assert.True(reported[6] - reported[5] > 1.4, "the answer's 2 log-odds must not be tempered away with the measures'");
    }

    [Fact]
    public void Apply_TemperingAndShareOne_ReportsTheFitAsItIs()
    {
        var (reported, shift) = OutputCalibration.Apply(Fitted, [], 1, 1);

        Assert.Equal(Fitted, reported);
        Assert.Equal(0, shift);
    }

    [Fact]
    public void Settings_OutputTemperingOrShareOutsideTheUnitInterval_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (OutputCalibrationSettings.Default with { OutputTempering = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (OutputCalibrationSettings.Default with { OutputLinkShare = 1.5 }).Validate());
    }
}

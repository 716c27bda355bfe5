using Comet.Inference.Learning;

namespace Comet.Inference.Tests;

/// <summary>
/// A raise learned from answers on candidates fades below the lowest answered pair; it never reorders
/// pairs, never raises more than the calibration did, and leaves a lowering alone.
/// </summary>
public class RaiseBelowAnswersTests
{
    // Unsupervised log-odds r of six pairs; pairs 4 and 5 are answered (the best candidates).
    private static readonly double[] Reported = [-6, -3, -1.5, -1, 0, 2];

    [Fact]
    public void Raise_FadesBelowTheLowestAnsweredPair_AndKeepsTheOrder()
    {
        // Calibration r + 1: every pair raised by one nat.
        var calibrated = Reported.Select(r => r + 1).ToArray();
        var change = RaiseBelowAnswers.Fade(Reported, calibrated, [4, 5], width: 2);

        Assert.NotNull(change);
        Assert.Equal([0.0, 0.0], [change[4], change[5]]); // answered pairs keep the calibration
        Assert.Equal(-6, calibrated[0], 12);                // two nats and more below: the fit's own value
        Assert.Equal(-3, calibrated[1], 12);
        Assert.Equal(-1.5 + 0.25, calibrated[2], 12);       // 1.5 nats below: a quarter of the raise left
        Assert.Equal(-1 + 0.5, calibrated[3], 12);          // 1 nat below: half of it
        for (var i = 1; i < calibrated.Length; i++)
        {
            Assert.True(calibrated[i] > calibrated[i - 1]);
        }

        for (var i = 0; i < calibrated.Length; i++)
        {
            Assert.Equal(Reported[i] + 1 + change[i], calibrated[i], 12);
        }
    }

    [Fact]
    public void Lowering_IsKept_AndNoAnswersChangeNothing()
    {
        var lowered = Reported.Select(r => r - 1).ToArray();
        Assert.Null(RaiseBelowAnswers.Fade(Reported, lowered, [4, 5], width: 2));
        Assert.Equal(Reported.Select(r => r - 1), lowered);

        var raised = Reported.Select(r => r + 1).ToArray();
        Assert.Null(RaiseBelowAnswers.Fade(Reported, raised, [], width: 2));
        Assert.Null(RaiseBelowAnswers.Fade(Reported, raised, [0, 5], width: 2)); // nothing lies below the lowest answer
    }

    [Fact]
    public void Fade_NeverRaisesAboveTheCalibration()
    {
        // A steep calibration (beta 3) already puts the bulk below the fit: the fade must not lift it back.
        var steep = Reported.Select(r => 1 + (3 * r)).ToArray();
        var before = (double[])steep.Clone();
        RaiseBelowAnswers.Fade(Reported, steep, [4, 5], width: 2);
        for (var i = 0; i < steep.Length; i++)
        {
            Assert.True(steep[i] <= before[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => (AnswerLearningSettings.Default with { RaiseFadeBelowAnswers = 0 }).Validate());
    }
}

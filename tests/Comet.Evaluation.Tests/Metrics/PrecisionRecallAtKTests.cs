using Comet.Evaluation.Metrics;
using Comet.Evaluation.Tests.TestData;

namespace Comet.Evaluation.Tests.Metrics;

public class PrecisionRecallAtKTests
{
    private const int Precision = 12;

    // s ranks a, b, c with gold {a, c}; u ranks y, x with gold {x}; w has no gold and is left out.
    private static readonly JudgedRun Run = JudgedRun.Create(
        Runs.Parse("s a 0.9; s b 0.8; s c 0.7; u x 0.1; u y 0.9; w a 0.95"),
        Runs.Gold("s a; s c; u x"));

    [Fact]
    public void Compute_AtOne_AveragesOverLinkedSources()
    {
        var result = PrecisionRecallAtK.Compute(Run, 1);
        Assert.Equal((1.0 + 0.0) / 2, result.Precision, Precision);
        Assert.Equal((0.5 + 0.0) / 2, result.Recall, Precision);
    }

    [Fact]
    public void Compute_FewerThanKTargets_DividesByKAnyway()
    {
        // s: 2 hits / 5, u: 1 hit / 5 (trec_eval's P@k); recall is complete for both.
        var result = PrecisionRecallAtK.Compute(Run, 5);
        Assert.Equal((0.4 + 0.2) / 2, result.Precision, Precision);
        Assert.Equal(1.0, result.Recall, Precision);
    }

    [Fact]
    public void Compute_AtTen_HalvesPrecisionAtFive()
    {
        var result = PrecisionRecallAtK.Compute(Run, 10);
        Assert.Equal((0.2 + 0.1) / 2, result.Precision, Precision);
        Assert.Equal(1.0, result.Recall, Precision);
    }

    [Fact]
    public void Compute_LinkedSourceAbsentFromRun_ScoresZero()
    {
        var run = JudgedRun.Create(Runs.Parse("s a 0.9"), Runs.Gold("s a; v a"));
        var result = PrecisionRecallAtK.Compute(run, 1);
        Assert.Equal(0.5, result.Precision, Precision);
        Assert.Equal(0.5, result.Recall, Precision);
    }

    [Fact]
    public void Compute_KBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PrecisionRecallAtK.Compute(Run, 0));
}

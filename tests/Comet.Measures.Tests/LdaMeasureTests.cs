using Comet.Measures.Topics;

namespace Comet.Measures.Tests;

public class LdaMeasureTests
{
    private static readonly string[] Sources =
    [
        "invoice payment refund card invoice payment",
        "patient appointment calendar doctor patient",
        "sensor temperature reading alarm sensor",
    ];

    private static readonly string[] Targets =
    [
        "payment invoice refund card bank",
        "doctor calendar appointment patient clinic",
        "alarm sensor temperature threshold reading",
        "card payment bank invoice",
    ];

    [Fact]
    public void SingleRun_DifferentSeeds_GiveDifferentMatrices()
    {
        var context = TinyTasks.Context(TinyTasks.Task(Sources, Targets));
        var measure = new LdaMeasure(new LdaOptions { Topics = 3, Iterations = 20 });
        var first = measure.SingleRun(context, 1).Values.ToArray();
        var second = measure.SingleRun(context, 2).Values.ToArray();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Compute_ThreeClearTopics_RanksSameTopicFirst()
    {
        var matrix = new LdaMeasure(new LdaOptions { Topics = 3, AlphaSum = 0.3, Runs = 5 })
            .Compute(TinyTasks.Context(TinyTasks.Task(Sources, Targets)));
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                Assert.True(i == j || matrix[i, i] > matrix[i, j], $"source {i}: own {matrix[i, i]}, target {j} {matrix[i, j]}");
            }
        }
    }

    [Fact]
    public void Compute_IsTheCellwiseMedianOfTheSeededRuns()
    {
        var context = TinyTasks.Context(TinyTasks.Task(Sources, Targets), seed: 10);
        var measure = new LdaMeasure(new LdaOptions { Topics = 3, Iterations = 10, Runs = 3 });
        var runs = new[] { 10, 11, 12 }.Select(s => measure.SingleRun(context, s).Values.ToArray()).ToArray();
        var actual = measure.Compute(context).Values.ToArray();
        for (var c = 0; c < actual.Length; c++)
        {
            var cell = runs.Select(r => r[c]).Order().ToArray();
            Assert.Equal(cell[1], actual[c]);
        }
    }

    [Fact]
    public void Options_TooFewTopics_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LdaMeasure(new LdaOptions { Topics = 1 }));
    }
}

using Comet.Evaluation.Oracle;

namespace Comet.Evaluation.Tests.Oracle;

/// <summary>
/// The held-out oracle: a measure chosen on some requirements and scored on others, so that a lead
/// won by picking the luckiest of several measures after seeing the gold is not counted as a better measure.
/// </summary>
public class HeldOutOracleTests
{
    private const int Precision = 12;

    [Fact]
    public void Compare_AMeasureRightForEveryRequirement_IsChosenOnEveryHalfAndScoresOne()
    {
        // Four requirements, one gold target each among three; "good" ranks it first everywhere,
        // "bad" last; the model copies "bad".
        var gold = new[] { 1, 1, 1, 1 };
        var good = Run("good", gold, goldRank: 0);
        var bad = Run("bad", gold, goldRank: 2);
        var task = new OracleTask("t", [bad, good], bad with { Name = "model" }, gold);

        var result = HeldOutOracle.Compare(task, splits: 50, seed: 1)!;

        Assert.Equal("good", result.MostChosen);
        Assert.Equal("good", result.BestApMeasure);
        Assert.Equal(1.0, result.HalfChosenAp, Precision);
        Assert.Equal(1.0, result.HalfInSampleAp, Precision);
        Assert.Equal(1.0, result.CrossFittedMap, Precision);
        Assert.Equal(0.0, result.ModelWinShare);
        Assert.Equal(1.0 / 3, result.ModelMap, Precision);
    }

    [Fact]
    public void Compare_MeasuresRightOnDifferentRequirements_CrossFittedPickFallsBelowTheInSampleBest()
    {
        // "x" is right on requirements 0-2 and wrong on 3-5, "y" the reverse, and "x" a shade better
        // overall (requirement 0 alone decides): after seeing the gold "x" wins, but a pick made on half
        // the requirements is often the measure that is wrong on the other half.
        var gold = new[] { 1, 1, 1, 1, 1, 1 };
        var x = RunPerSource("x", gold, s => s < 3 ? 0 : (s == 3 ? 1 : 2));
        var y = RunPerSource("y", gold, s => s >= 3 ? 0 : 2);
        var model = RunPerSource("model", gold, _ => 1);
        var task = new OracleTask("t", [x, y], model, gold);

        var result = HeldOutOracle.Compare(task, splits: 200, seed: 7)!;

        Assert.Equal("x", result.BestMapMeasure);
        Assert.True(result.CrossFittedMap < result.BestMap - 0.1, $"cross-fitted {result.CrossFittedMap} vs in-sample best {result.BestMap}");
        Assert.True(result.HalfChosenAp < result.HalfInSampleAp, $"chosen {result.HalfChosenAp} vs in-sample {result.HalfInSampleAp}");
    }

    [Fact]
    public void Compare_SameSeed_SameResult()
    {
        var gold = new[] { 1, 2, 1, 1, 1 };
        var x = RunPerSource("x", gold, s => s % 3);
        var y = RunPerSource("y", gold, s => (s + 1) % 3);
        var task = new OracleTask("t", [x, y], RunPerSource("model", gold, _ => 1), gold);

        Assert.Equal(HeldOutOracle.Compare(task, 30, 5)!.CrossFittedMap, HeldOutOracle.Compare(task, 30, 5)!.CrossFittedMap);
        Assert.Equal(HeldOutOracle.Compare(task, 30, 5)!.HalfChosenAp, HeldOutOracle.Compare(task, 30, 5)!.HalfChosenAp);
    }

    [Fact]
    public void Compare_FewerThanTwoLinkedRequirements_GivesNothing()
    {
        var gold = new[] { 1, 0, 0 };
        var run = Run("m", gold, goldRank: 0);
        Assert.Null(HeldOutOracle.Compare(new OracleTask("t", [run], run, gold), 10, 1));
    }

    [Fact]
    public void Compare_PairsOfRequirementsWithoutLinks_CountAgainstAMeasureThatRanksThemHigh()
    {
        // Requirements 0 and 1 have a link; 2 and 3 have none. Both measures rank each linked
        // requirement's gold first within it, but "loud" puts the unlinked requirements' pairs above
        // every gold pair in the global order, so its AP on a half that holds one of them is lower.
        var gold = new[] { 1, 1, 0, 0 };
        var quiet = new OracleRun("quiet", [0, 1, 2, 3, 0, 1], [true, true, false, false, false, false], [1, 1, double.NaN, double.NaN]);
        var loud = new OracleRun("loud", [2, 3, 0, 1, 0, 1], [false, false, true, true, false, false], [1, 1, double.NaN, double.NaN]);
        var result = HeldOutOracle.Compare(new OracleTask("t", [loud, quiet], loud with { Name = "model" }, gold), 20, 3)!;

        Assert.Equal("quiet", result.BestApMeasure);
        Assert.Equal(1.0, result.HalfChosenAp, Precision);
        Assert.Equal(0.5, result.HalfModelAp, Precision);
    }

    // Three candidates per requirement; the gold candidate at goldRank within each requirement, and
    // globally all requirements' rank-0 pairs first, then rank 1, then rank 2.
    private static OracleRun Run(string name, int[] gold, int goldRank) => RunPerSource(name, gold, _ => goldRank);

    private static OracleRun RunPerSource(string name, int[] gold, Func<int, int> goldRank)
    {
        var global = new List<(int, bool)>();
        for (var rank = 0; rank < 3; rank++)
        {
            for (var s = 0; s < gold.Length; s++)
            {
                global.Add((s, gold[s] > 0 && goldRank(s) == rank));
            }
        }

        var perSource = gold.Select((g, s) => Enumerable.Range(0, 3).Select(r => g > 0 && goldRank(s) == r).ToArray()).ToArray();
        return OracleRun.Create(name, global, perSource, gold);
    }
}

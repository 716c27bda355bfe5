using Comet.Inference.Features;

namespace Comet.Inference.Tests;

public class ScoreTransformsTests
{
    [Fact]
    public void GlobalProbitRank_TiedScores_ShareOneValueAndKeepOrder()
    {
        var z = ScoreTransforms.GlobalProbitRank([0, 0, 0, 0.5, 0.9, 0.2]);

        Assert.Equal(z[0], z[1]);
        Assert.Equal(z[1], z[2]);
        Assert.True(z[5] > z[0] && z[3] > z[5] && z[4] > z[3]);
        // Mid-rank of the three zeros is 2, so u = (2 - 0.5) / 6 = 0.25 and probit(0.25) = -0.6745.
        Assert.Equal(-0.67449, z[0], 4);
    }

    [Fact]
    public void GlobalProbitRank_NaN_RanksLowest()
    {
        var z = ScoreTransforms.GlobalProbitRank([double.NaN, -5, 3]);

        Assert.True(z[0] < z[1] && z[1] < z[2]);
        Assert.All(z, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void RowStandardise_EachRow_HasMeanZeroAndUnitSd()
    {
        var values = ScoreTransforms.RowStandardise([1, 2, 3, 10, 10, 10], rows: 2, columns: 3);

        Assert.Equal(0, values[0] + values[1] + values[2], 12);
        Assert.Equal(3, (values[0] * values[0]) + (values[1] * values[1]) + (values[2] * values[2]), 12);
        Assert.Equal([0.0, 0.0, 0.0], values[3..]);
    }

    [Fact]
    public void RowProbitRank_RanksEachRowOnItsOwn()
    {
        var values = ScoreTransforms.RowProbitRank([0.1, 0.3, 0.2, 50, 50, 50, 7, 7, 9], rows: 3, columns: 3);

        // Row 0: ranks 1, 3, 2 of 3, so u = 1/6, 5/6, 1/2; the row's level (0.1 vs 50) plays no part.
        Assert.Equal(-0.96742, values[0], 4);
        Assert.Equal(0.96742, values[1], 4);
        Assert.Equal(0, values[2], 12);
        // A row of ties stands nowhere in particular; tied pairs share one value.
        Assert.Equal([0.0, 0.0, 0.0], values[3..6]);
        Assert.Equal(values[6], values[7]);
        Assert.True(values[8] > values[6]);
    }

    [Fact]
    public void GlobalProbitRank_WithASharedTableOfUntiedScores_GivesTheSameValues()
    {
        var random = new Random(5);
        // Ties (a block of zeros and repeated values) and untied values mixed, as in a measure's scores.
        var values = Enumerable.Range(0, 5_000).Select(i => i % 3 == 0 ? 0 : Math.Round(random.NextDouble(), i % 2 == 0 ? 2 : 12)).ToArray();

        var shared = ScoreTransforms.GlobalProbitRank(values, ScoreTransforms.UntiedScores(values.Length));

        Assert.Equal(ScoreTransforms.GlobalProbitRank(values), shared);
        Assert.Throws<ArgumentException>(() => ScoreTransforms.GlobalProbitRank(values, ScoreTransforms.UntiedScores(10)));
    }

    [Fact]
    public void ColumnStandardise_EachColumn_HasMeanZero()
    {
        var values = ScoreTransforms.ColumnStandardise([1, 5, 3, 7], rows: 2, columns: 2);

        Assert.Equal(-1, values[0], 12);
        Assert.Equal(1, values[2], 12);
    }
}

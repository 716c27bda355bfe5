using Comet.Core.Similarity;

namespace Comet.Core.Tests;

public class SelfPairsTests
{
    [Fact]
    public void Demoted_SelfPair_TakesItsRowsLowestOtherScore()
    {
        var matrix = new SimilarityMatrix(["a", "b"], ["a", "b", "c"], [1.0, 0.4, 0.2, 0.3, 1.0, 0.6]);

        var demoted = SelfPairs.Demoted(matrix);

        Assert.Equal([0.2, 0.4, 0.2, 0.3, 0.3, 0.6], demoted.Values.ToArray());
        Assert.Equal(1.0, matrix[0, 0]); // the measure's own matrix is left as it was
    }

    [Fact]
    public void Demoted_NoSelfPair_IsTheSameInstance()
    {
        var matrix = new SimilarityMatrix(["r1"], ["a", "b"], [0.5, 0.1]);

        Assert.Same(matrix, SelfPairs.Demoted(matrix));
    }

    [Fact]
    public void Demoted_RowWithNoOtherTarget_ScoresZero()
    {
        var demoted = SelfPairs.Demoted(new SimilarityMatrix(["a"], ["a"], [0.9]));

        Assert.Equal(0.0, demoted[0, 0]);
    }

    [Fact]
    public void Cells_LeaveOutSelfPairs()
    {
        var matrix = new SimilarityMatrix(["a", "b"], ["a", "b"], [1.0, 0.5, 0.4, 1.0]);

        Assert.Equal([("a", "b"), ("b", "a")], matrix.Cells().Select(c => (c.SourceId, c.TargetId)).ToArray());
    }

    [Fact]
    public void Count_CountsIdsOnBothSidesOnce()
    {
        Assert.Equal(2, SelfPairs.Count(["a", "b", "c", "a"], ["b", "a", "x"]));
        Assert.Equal(0, SelfPairs.Count(["A"], ["a"])); // ids compare ordinally, as everywhere
    }
}

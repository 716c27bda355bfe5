namespace Comet.VectorSearch.Tests;

public class RecallTests
{
    [Fact]
    public void AtK_HalfTheNeighborsFound_IsOneHalf()
    {
        var exact = new TopKResult(1, 4, [new(0, 4f), new(1, 3f), new(2, 2f), new(3, 1f)]);
        var approximate = new TopKResult(1, 4, [new(0, 4f), new(2, 2f), new(8, 1f), new(9, 0.5f)]);

        Assert.Equal(0.5, Recall.AtK(exact, approximate));
    }

    [Fact]
    public void AtK_DifferentQueryCounts_ThrowsArgumentException()
    {
        var one = new TopKResult(1, 1, [new(0, 1f)]);
        var two = new TopKResult(2, 1, [new(0, 1f), new(1, 1f)]);

        Assert.Throws<ArgumentException>(() => Recall.AtK(one, two));
    }
}

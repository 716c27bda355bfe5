using Comet.VectorSearch.Selection;

namespace Comet.VectorSearch.Tests;

public class TopKHeapTests
{
    [Fact]
    public void DrainBestFirst_ManyOffers_KeepsBestInOrder()
    {
        var heap = new TopKHeap(3);
        float[] scores = [0.1f, 0.9f, 0.5f, 0.7f, 0.3f, 0.8f];
        for (var i = 0; i < scores.Length; i++)
        {
            heap.Offer(scores[i], i);
        }

        var best = new Neighbor[3];
        heap.DrainBestFirst(best);

        Assert.Equal([new Neighbor(1, 0.9f), new Neighbor(5, 0.8f), new Neighbor(3, 0.7f)], best);
        Assert.Equal(0, heap.Count);
    }

    [Fact]
    public void Offer_EqualScoresInDescendingIndexOrder_KeepsLowestIndices()
    {
        var heap = new TopKHeap(2);
        for (var index = 9; index >= 0; index--)
        {
            heap.Offer(0.5f, index);
        }

        var best = new Neighbor[2];
        heap.DrainBestFirst(best);

        Assert.Equal([0, 1], best.Select(n => n.Index));
    }

    [Fact]
    public void Threshold_NotFull_IsNegativeInfinity()
    {
        var heap = new TopKHeap(2);
        heap.Offer(0.5f, 0);

        Assert.Equal(float.NegativeInfinity, heap.Threshold);
    }

    [Fact]
    public void Threshold_Full_IsWorstKeptScore()
    {
        var heap = new TopKHeap(2);
        heap.Offer(0.5f, 0);
        heap.Offer(0.2f, 1);
        heap.Offer(0.9f, 2);

        Assert.Equal(0.5f, heap.Threshold);
    }
}

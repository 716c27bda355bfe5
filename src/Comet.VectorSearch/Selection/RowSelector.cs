namespace Comet.VectorSearch.Selection;

/// <summary>Top-k of one dense score row, used wherever whole rows of scores are at hand.</summary>
internal static class RowSelector
{
    public static void SelectInto(ReadOnlySpan<float> scores, TopKHeap heap, Span<Neighbor> destination)
    {
        heap.Clear();
        var threshold = float.NegativeInfinity;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= threshold)
            {
                heap.Offer(scores[i], i);
                threshold = heap.Threshold;
            }
        }

        heap.DrainBestFirst(destination);
    }
}

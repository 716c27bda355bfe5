namespace Comet.VectorSearch.Selection;

/// <summary>
/// Merges per-split top-k lists (laid out split-major: split s holds every query's k best from its
/// corpus range) into one top-k list per query.
/// </summary>
internal static class PartialMerge
{
    /// <summary>Marks a slot of a partial list that no corpus row filled.</summary>
    public static readonly Neighbor Empty = new(-1, float.NegativeInfinity);

    public static Neighbor[] Merge(Neighbor[] partial, int splits, int queryCount, int k, int threads)
    {
        var merged = new Neighbor[queryCount * k];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, queryCount, options, () => new TopKHeap(k), (query, _, heap) =>
        {
            for (var split = 0; split < splits; split++)
            {
                foreach (var candidate in partial.AsSpan(((split * queryCount) + query) * k, k))
                {
                    if (candidate.Index >= 0)
                    {
                        heap.Offer(candidate.Score, candidate.Index);
                    }
                }
            }

            heap.DrainBestFirst(merged.AsSpan(query * k, k));
            return heap;
        }, _ => { });
        return merged;
    }
}

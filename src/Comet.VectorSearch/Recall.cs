namespace Comet.VectorSearch;

/// <summary>How much of an exact top-k an approximate search found.</summary>
public static class Recall
{
    /// <summary>
    /// Mean over queries of |approximate ∩ exact| / |exact|: the usual recall@k, with k the exact
    /// result's K. Ordering inside the lists does not matter.
    /// </summary>
    public static double AtK(TopKResult exact, TopKResult approximate)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(approximate);
        if (exact.QueryCount != approximate.QueryCount)
        {
            throw new ArgumentException(
                $"Exact has {exact.QueryCount} queries, approximate {approximate.QueryCount}.", nameof(approximate));
        }

        if (exact.QueryCount == 0 || exact.K == 0)
        {
            return 1.0;
        }

        long found = 0;
        var truth = new HashSet<int>();
        for (var q = 0; q < exact.QueryCount; q++)
        {
            truth.Clear();
            foreach (var neighbor in exact[q])
            {
                truth.Add(neighbor.Index);
            }

            foreach (var neighbor in approximate[q])
            {
                if (truth.Contains(neighbor.Index))
                {
                    found++;
                }
            }
        }

        return (double)found / ((long)exact.QueryCount * exact.K);
    }
}

namespace Comet.VectorSearch;

/// <summary>
/// The best neighbours of each query, best first (<see cref="NeighborOrder"/>). Every query has
/// exactly <see cref="K"/> neighbours, where K is the requested k capped at the corpus size.
/// </summary>
public sealed class TopKResult
{
    private readonly Neighbor[] _neighbors;

    public TopKResult(int queryCount, int k, Neighbor[] neighbors)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(queryCount);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentNullException.ThrowIfNull(neighbors);
        if (neighbors.Length != checked(queryCount * k))
        {
            throw new ArgumentException($"Expected {queryCount * k} neighbours, got {neighbors.Length}.", nameof(neighbors));
        }

        QueryCount = queryCount;
        K = k;
        _neighbors = neighbors;
    }

    public int QueryCount { get; }

    public int K { get; }

    /// <summary>The neighbours of one query, best first.</summary>
    public ReadOnlySpan<Neighbor> this[int query]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(query);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(query, QueryCount);
            return _neighbors.AsSpan(query * K, K);
        }
    }

    /// <summary>All neighbours, query-major (query 0's K neighbours, then query 1's, ...).</summary>
    public ReadOnlySpan<Neighbor> All => _neighbors;
}

using System.Collections;
using Comet.Core.Similarity;

namespace Comet.Core.Links;

/// <summary>Candidate links sorted by <see cref="LinkOrder"/>; immutable once built.</summary>
public sealed class RankedLinks : IReadOnlyList<ScoredLink>
{
    private readonly ScoredLink[] _links;

    public RankedLinks(IEnumerable<ScoredLink> links)
    {
        _links = links.ToArray();
        Array.Sort(_links, LinkOrder.Instance);
    }

    public int Count => _links.Length;

    public ScoredLink this[int index] => _links[index];

    /// <summary>Every (source, target) cell of the matrix as one global ranking.</summary>
    public static RankedLinks FromMatrix(SimilarityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new RankedLinks(matrix.Cells());
    }

    /// <summary>The links of one source, in the same order.</summary>
    public IEnumerable<ScoredLink> ForSource(string sourceId) =>
        _links.Where(l => string.Equals(l.SourceId, sourceId, StringComparison.Ordinal));

    /// <summary>Links grouped per source, each group in rank order; sources in ordinal order.</summary>
    public IReadOnlyDictionary<string, ScoredLink[]> BySource() =>
        _links.GroupBy(l => l.SourceId, StringComparer.Ordinal)
              .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public IEnumerator<ScoredLink> GetEnumerator() => ((IEnumerable<ScoredLink>)_links).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

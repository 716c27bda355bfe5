namespace Comet.Core.Links;

/// <summary>
/// The one tie-break rule of the project (docs/evaluation.md): score descending, then source id,
/// then target id, both ordinal. NaN scores sort after every number so that a broken score never
/// ranks a pair high. Every ranking, metric and writer uses this comparer and no other.
/// </summary>
public sealed class LinkOrder : IComparer<ScoredLink>
{
    public static LinkOrder Instance { get; } = new();

    private LinkOrder()
    {
    }

    public int Compare(ScoredLink x, ScoredLink y)
    {
        var byScore = CompareScoresDescending(x.Score, y.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var bySource = string.CompareOrdinal(x.SourceId, y.SourceId);
        return bySource != 0 ? bySource : string.CompareOrdinal(x.TargetId, y.TargetId);
    }

    private static int CompareScoresDescending(double x, double y)
    {
        var xNaN = double.IsNaN(x);
        var yNaN = double.IsNaN(y);
        if (xNaN || yNaN)
        {
            return xNaN == yNaN ? 0 : xNaN ? 1 : -1;
        }

        return y.CompareTo(x);
    }
}

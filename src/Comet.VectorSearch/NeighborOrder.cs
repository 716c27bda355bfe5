namespace Comet.VectorSearch;

/// <summary>
/// The single ranking rule of every back-end: higher score first; equal scores by lower corpus
/// index, so results never depend on thread scheduling or insertion order.
/// </summary>
public static class NeighborOrder
{
    /// <summary>True when <paramref name="a"/> ranks strictly before <paramref name="b"/>.</summary>
    public static bool IsBetter(float scoreA, int indexA, float scoreB, int indexB) =>
        scoreA > scoreB || (scoreA == scoreB && indexA < indexB);

    /// <summary>Comparison for sorting best-first.</summary>
    public static int Compare(Neighbor a, Neighbor b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Index.CompareTo(b.Index);
    }
}

namespace Comet.VectorSearch.Tests;

/// <summary>
/// An independent reference: dot products in double precision by a plain loop, full sort. Slow
/// and obviously right, so the fast back-ends are checked against it.
/// </summary>
internal static class ReferenceSearch
{
    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (double)a[i] * b[i];
        }

        return sum;
    }

    /// <summary>All corpus rows for one query, best first (score descending, index ascending).</summary>
    public static (int Index, double Score)[] Ranked(float[] queries, int query, VectorCorpus corpus)
    {
        var vector = queries.AsSpan(query * corpus.Dimensions, corpus.Dimensions);
        var ranked = new (int Index, double Score)[corpus.Count];
        for (var row = 0; row < corpus.Count; row++)
        {
            ranked[row] = (row, Dot(vector, corpus.Row(row)));
        }

        Array.Sort(ranked, (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        return ranked;
    }
}

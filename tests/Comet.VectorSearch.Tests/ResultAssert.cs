namespace Comet.VectorSearch.Tests;

/// <summary>Assertions shared by the back-end tests.</summary>
internal static class ResultAssert
{
    /// <summary>
    /// The result is a correct exact top-k: best-first by the tie rule, every score equals the
    /// double-precision reference within <paramref name="tolerance"/>, and nothing left out scores
    /// more than the k-th kept score (again within tolerance, so float rounding of near-ties is allowed).
    /// </summary>
    public static void IsExactTopK(TopKResult result, float[] queries, VectorCorpus corpus, int k, double tolerance = 1e-5)
    {
        Assert.Equal(queries.Length / corpus.Dimensions, result.QueryCount);
        Assert.Equal(Math.Min(k, corpus.Count), result.K);
        for (var query = 0; query < result.QueryCount; query++)
        {
            var row = result[query];
            var reference = ReferenceSearch.Ranked(queries, query, corpus);
            IsBestFirst(row);
            Assert.Equal(row.Length, row.ToArray().Select(n => n.Index).Distinct().Count());
            foreach (var neighbor in row)
            {
                var expected = ReferenceSearch.Dot(queries.AsSpan(query * corpus.Dimensions, corpus.Dimensions), corpus.Row(neighbor.Index));
                Assert.InRange(neighbor.Score, expected - tolerance, expected + tolerance);
            }

            Assert.True(row[^1].Score >= reference[result.K - 1].Score - tolerance, $"query {query}: a better row was left out");
        }
    }

    public static void IsBestFirst(ReadOnlySpan<Neighbor> row)
    {
        for (var i = 1; i < row.Length; i++)
        {
            Assert.True(
                NeighborOrder.IsBetter(row[i - 1].Score, row[i - 1].Index, row[i].Score, row[i].Index),
                $"position {i}: {row[i - 1]} should rank before {row[i]}");
        }
    }

    /// <summary>Same indices in the same order, scores within <paramref name="tolerance"/>.</summary>
    public static void SameNeighbors(TopKResult expected, TopKResult actual, double tolerance)
    {
        Assert.Equal(expected.QueryCount, actual.QueryCount);
        Assert.Equal(expected.K, actual.K);
        for (var i = 0; i < expected.All.Length; i++)
        {
            Assert.Equal(expected.All[i].Index, actual.All[i].Index);
            Assert.InRange(actual.All[i].Score, expected.All[i].Score - tolerance, expected.All[i].Score + tolerance);
        }
    }
}

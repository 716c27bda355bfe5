namespace Comet.VectorSearch.Tests;

/// <summary>The behaviour every back-end promises, checked on each (small, seeded data).</summary>
public class BackendContractTests
{
    // 40 dimensions (not a multiple of 16) and 150 rows (not a multiple of any tile) exercise the
    // padding paths of every kernel.
    private const int Dimensions = 40;
    private static readonly VectorCorpus Corpus = RandomVectors.Corpus(150, Dimensions, seed: 11);

    [Theory]
    [MemberData(nameof(Backends.ExactNames), MemberType = typeof(Backends))]
    public void TopK_RandomUnitVectors_MatchesDoublePrecisionReference(string backend)
    {
        var queries = RandomVectors.Unit(70, Dimensions, seed: 12);
        using var search = Backends.Create(backend, Corpus);

        var result = search.TopK(queries, 10);

        ResultAssert.IsExactTopK(result, queries, Corpus, 10);
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_KAboveCorpusSize_ReturnsWholeCorpusRanked(string backend)
    {
        var corpus = RandomVectors.Corpus(7, Dimensions, seed: 13);
        var queries = RandomVectors.Unit(3, Dimensions, seed: 14);
        using var search = Backends.Create(backend, corpus);

        var result = search.TopK(queries, 50);

        Assert.Equal(7, result.K);
        ResultAssert.IsExactTopK(result, queries, corpus, 50);
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_OneQuery_ReturnsOneRow(string backend)
    {
        var queries = RandomVectors.Unit(1, Dimensions, seed: 15);
        using var search = Backends.Create(backend, Corpus);

        var result = search.TopK(queries, 5);

        Assert.Equal(1, result.QueryCount);
        ResultAssert.IsExactTopK(result, queries, Corpus, 5);
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_NoQueries_ReturnsEmptyResult(string backend)
    {
        using var search = Backends.Create(backend, Corpus);

        var result = search.TopK(ReadOnlyMemory<float>.Empty, 5);

        Assert.Equal(0, result.QueryCount);
        Assert.Equal(0, result.All.Length);
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_QueryDimensionMismatch_ThrowsArgumentException(string backend)
    {
        using var search = Backends.Create(backend, Corpus);

        var exception = Assert.Throws<ArgumentException>(() => search.TopK(new float[Dimensions + 1], 3));

        Assert.Contains("dimension", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_NonFiniteQuery_ThrowsArgumentException(string backend)
    {
        var queries = RandomVectors.Unit(2, Dimensions, seed: 16);
        queries[Dimensions + 3] = float.NaN;
        using var search = Backends.Create(backend, Corpus);

        Assert.Throws<ArgumentException>(() => search.TopK(queries, 3));
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_KBelowOne_ThrowsArgumentOutOfRange(string backend)
    {
        using var search = Backends.Create(backend, Corpus);

        Assert.Throws<ArgumentOutOfRangeException>(() => search.TopK(RandomVectors.Unit(1, Dimensions, seed: 17), 0));
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void TopK_DuplicateCorpusRows_BreaksTiesByLowerIndex(string backend)
    {
        // Rows 1, 3 and 4 are the same vector, so their scores are exactly equal for any query.
        var rows = RandomVectors.Unit(5, 8, seed: 18);
        var duplicate = rows.AsSpan(8, 8).ToArray();
        duplicate.CopyTo(rows, 3 * 8);
        duplicate.CopyTo(rows, 4 * 8);
        var corpus = VectorCorpus.FromRowMajor(rows, 8);
        using var search = Backends.Create(backend, corpus);

        var result = search.TopK(duplicate, 3);

        Assert.Equal([1, 3, 4], result[0].ToArray().Select(n => n.Index));
    }

    [Theory]
    [MemberData(nameof(Backends.AllNames), MemberType = typeof(Backends))]
    public void FullMatrix_RandomUnitVectors_MatchesReferenceDotProducts(string backend)
    {
        var queries = RandomVectors.Unit(9, Dimensions, seed: 19);
        using var search = Backends.Create(backend, Corpus);

        var matrix = search.FullMatrix(queries);

        Assert.Equal(9, matrix.Rows);
        Assert.Equal(Corpus.Count, matrix.Columns);
        for (var q = 0; q < matrix.Rows; q++)
        {
            for (var c = 0; c < matrix.Columns; c++)
            {
                var expected = ReferenceSearch.Dot(queries.AsSpan(q * Dimensions, Dimensions), Corpus.Row(c));
                Assert.InRange(matrix[q, c], expected - 1e-5, expected + 1e-5);
            }
        }
    }
}

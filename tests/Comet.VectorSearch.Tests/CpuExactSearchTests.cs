using Comet.VectorSearch.Cpu;

namespace Comet.VectorSearch.Tests;

public class CpuExactSearchTests
{
    private const int Dimensions = 48;
    private static readonly VectorCorpus Corpus = RandomVectors.Corpus(700, Dimensions, seed: 21);

    [Theory]
    [InlineData(3)] // few queries: the corpus is split across threads and partial lists merged
    [InlineData(450)] // several query blocks of 192 rows
    public void TopK_AnyThreadCountOrWidth_BitIdenticalResults(int queryCount)
    {
        var queries = RandomVectors.Unit(queryCount, Dimensions, seed: 22);
        using var baseline = new CpuExactSearch(Corpus, new CpuSearchOptions { MaxThreads = 1, Width = SimdWidth.Bits128 });
        var expected = baseline.TopK(queries, 12);

        foreach (var (threads, width) in new[] { (2, SimdWidth.Bits256), (3, SimdWidth.Bits512), (4, SimdWidth.Auto) })
        {
            using var search = new CpuExactSearch(Corpus, new CpuSearchOptions { MaxThreads = threads, Width = width });
            var actual = search.TopK(queries, 12);
            Assert.True(expected.All.SequenceEqual(actual.All), $"{threads} threads, {width} differ");
        }
    }

    [Fact]
    public void TopK_CalledTwice_SameResult()
    {
        var queries = RandomVectors.Unit(50, Dimensions, seed: 23);
        using var search = new CpuExactSearch(Corpus);

        var first = search.TopK(queries, 10);
        var second = search.TopK(queries, 10);

        Assert.True(first.All.SequenceEqual(second.All));
    }

    [Fact]
    public void TopK_ManyQueriesAndSplits_MatchesReference()
    {
        var queries = RandomVectors.Unit(200, Dimensions, seed: 24);
        using var search = new CpuExactSearch(Corpus, new CpuSearchOptions { MaxThreads = 4 });

        ResultAssert.IsExactTopK(search.TopK(queries, 25), queries, Corpus, 25);
    }

    [Fact]
    public void FullMatrix_Blocked_EqualsTopKScores()
    {
        var queries = RandomVectors.Unit(13, Dimensions, seed: 25);
        using var search = new CpuExactSearch(Corpus);

        var matrix = search.FullMatrix(queries);
        var top = search.TopK(queries, 5);

        for (var q = 0; q < 13; q++)
        {
            foreach (var neighbor in top[q])
            {
                Assert.Equal(neighbor.Score, matrix[q, neighbor.Index]);
            }
        }
    }

    [Fact]
    public void BackendName_Default_NamesKernelAndThreads()
    {
        using var search = new CpuExactSearch(Corpus, new CpuSearchOptions { MaxThreads = 3 });

        Assert.StartsWith("cpu-exact (blocked", search.BackendName, StringComparison.Ordinal);
        Assert.Contains("3 threads", search.BackendName, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroThreads_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpuExactSearch(Corpus, new CpuSearchOptions { MaxThreads = 0 }));
    }
}

using Comet.VectorSearch.Cpu;
using Comet.VectorSearch.Hnsw;

namespace Comet.VectorSearch.Tests;

public class HnswSearchTests
{
    private const int Dimensions = 32;

    [Fact]
    public void TopK_DefaultSettings_RecallAt10AtLeast95Percent()
    {
        var corpus = RandomVectors.Corpus(3000, Dimensions, seed: 41);
        var queries = RandomVectors.Unit(200, Dimensions, seed: 42);
        using var exact = new CpuExactSearch(corpus);
        using var hnsw = new HnswSearch(corpus);

        var recall = Recall.AtK(exact.TopK(queries, 10), hnsw.TopK(queries, 10));

        Assert.InRange(recall, 0.95, 1.0);
    }

    [Fact]
    public void TopK_FoundNeighbors_CarryExactScores()
    {
        var corpus = RandomVectors.Corpus(500, Dimensions, seed: 43);
        var queries = RandomVectors.Unit(20, Dimensions, seed: 44);
        using var exact = new CpuExactSearch(corpus);
        using var hnsw = new HnswSearch(corpus);

        var matrix = exact.FullMatrix(queries);
        var result = hnsw.TopK(queries, 10);

        for (var q = 0; q < result.QueryCount; q++)
        {
            ResultAssert.IsBestFirst(result[q]);
            foreach (var neighbor in result[q])
            {
                Assert.Equal(matrix[q, neighbor.Index], neighbor.Score);
            }
        }
    }

    [Fact]
    public void BackendName_CustomSettings_ShowsSettings()
    {
        using var hnsw = new HnswSearch(RandomVectors.Corpus(20, Dimensions, seed: 45), new HnswSettings { Connectivity = 8, ExpansionAdd = 40, ExpansionSearch = 30 });

        Assert.Equal("hnsw (usearch, M=8, efAdd=40, ef=30)", hnsw.BackendName);
    }

    [Fact]
    public void Constructor_ConnectivityBelowTwo_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HnswSearch(RandomVectors.Corpus(5, 4, seed: 46), new HnswSettings { Connectivity = 1 }));
    }
}

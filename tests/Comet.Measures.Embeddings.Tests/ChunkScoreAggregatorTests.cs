using Comet.Measures.Embeddings.Similarity;

namespace Comet.Measures.Embeddings.Tests;

public class ChunkScoreAggregatorTests
{
    // Chunk scores of sources (rows) x targets (columns); source artifact A owns rows 0-1, B row 2;
    // target artifact X owns columns 0-2, Y column 3.
    private static readonly float[] Scores =
    [
        0.1f, 0.9f, 0.3f, 0.5f,
        0.7f, 0.2f, 0.4f, 0.6f,
        0.0f, 0.8f, 0.1f, -0.2f,
    ];

    private static double Aggregate(Range rows, Range columns, ChunkAggregation aggregation, int topK = 3) =>
        ChunkScoreAggregator.Aggregate(Scores, 4, rows, columns, aggregation, topK);

    [Fact]
    public void Aggregate_Max_TakesTheBestPair()
    {
        Assert.Equal(0.9, Aggregate(0..2, 0..3, ChunkAggregation.Max), 1e-6);
        Assert.Equal(-0.2, Aggregate(2..3, 3..4, ChunkAggregation.Max), 1e-6);
    }

    [Fact]
    public void Aggregate_Mean_AveragesEveryPair()
    {
        Assert.Equal((0.1 + 0.9 + 0.3 + 0.7 + 0.2 + 0.4) / 6, Aggregate(0..2, 0..3, ChunkAggregation.Mean), 1e-6);
    }

    [Fact]
    public void Aggregate_TopKMean_AveragesTheKBestPairs()
    {
        Assert.Equal((0.9 + 0.7 + 0.4) / 3, Aggregate(0..2, 0..3, ChunkAggregation.TopKMean, topK: 3), 1e-6);
        Assert.Equal((0.9 + 0.7) / 2, Aggregate(0..2, 0..3, ChunkAggregation.TopKMean, topK: 2), 1e-6);
    }

    [Fact]
    public void Aggregate_TopKLargerThanPairCount_AveragesAllPairs()
    {
        Assert.Equal((0.5 + 0.6) / 2, Aggregate(0..2, 3..4, ChunkAggregation.TopKMean, topK: 10), 1e-6);
    }

    [Fact]
    public void Aggregate_TopKOne_EqualsMax()
    {
        Assert.Equal(Aggregate(0..3, 0..4, ChunkAggregation.Max), Aggregate(0..3, 0..4, ChunkAggregation.TopKMean, topK: 1), 1e-12);
    }

    [Theory]
    [InlineData(ChunkAggregation.Max)]
    [InlineData(ChunkAggregation.Mean)]
    [InlineData(ChunkAggregation.TopKMean)]
    public void Aggregate_ArtifactWithoutChunks_ScoresZero(ChunkAggregation aggregation)
    {
        Assert.Equal(0.0, Aggregate(2..2, 0..3, aggregation));
        Assert.Equal(0.0, Aggregate(0..2, 4..4, aggregation));
    }
}

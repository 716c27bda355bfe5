using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Tests;

public class MiniLmFlopsTests
{
    [Fact]
    public void PerSequence_128WordPieces_CountsDenseLayersAndAttention()
    {
        // Per layer and word piece: Q, K, V, output 4 x 384 x 384 and the feed-forward 2 x 384 x 1536
        // multiply-adds; attention 2 x 128 x 384 multiply-adds; all x 2 FLOP, 6 layers.
        const double Dense = 2.0 * ((4 * 384 * 384) + (2 * 384 * 1536));
        const double Attention = 2.0 * 2 * 128 * 384;

        Assert.Equal(6 * 128 * (Dense + Attention), MiniLmFlops.PerSequence(128));
        Assert.Equal(3_538_944, MiniLmFlops.DensePerTokenPerLayer);
    }

    [Fact]
    public void PerSequence_GrowsFasterThanLengthBecauseOfAttention()
    {
        Assert.True(MiniLmFlops.PerSequence(256) > 2 * MiniLmFlops.PerSequence(128));
        Assert.Equal(0, MiniLmFlops.PerSequence(0));
    }
}

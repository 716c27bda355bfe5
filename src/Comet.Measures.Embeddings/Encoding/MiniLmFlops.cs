namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// Floating-point operations (a multiply-add counts 2) of one all-MiniLM-L6-v2 forward pass over a
/// sequence of L word pieces: 6 layers, each with the Q, K, V and output projections (4 x 384 x 384
/// per token), the feed-forward (384 x 1536 and back), and attention scores and weighted sum
/// (2 x L x 384 per token). Embedding look-up, layer norms, softmax and GELU are left out (under 1%).
/// </summary>
internal static class MiniLmFlops
{
    public const int Layers = 6;
    public const int Hidden = 384;
    public const int FeedForward = 1536;

    /// <summary>FLOP per token of the dense layers, independent of the length: 3,538,944 per layer.</summary>
    public const double DensePerTokenPerLayer = 2.0 * ((4.0 * Hidden * Hidden) + (2.0 * Hidden * FeedForward));

    public static double PerSequence(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var tokens = (double)length;
        var attention = 2.0 * 2.0 * tokens * tokens * Hidden;
        return Layers * ((tokens * DensePerTokenPerLayer) + attention);
    }
}

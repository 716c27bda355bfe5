namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// What an encoder has done: texts, word pieces (real and as computed, padding included), the model's
/// floating-point operations on the real word pieces (<see cref="MiniLmFlops"/>) and the time inside
/// the model calls (tokenizing and pooling excluded).
/// </summary>
internal readonly record struct EncoderStatistics(long Texts, long Tokens, long PaddedTokens, double Flops, TimeSpan ModelTime)
{
    public EncoderStatistics Minus(EncoderStatistics earlier) =>
        new(Texts - earlier.Texts, Tokens - earlier.Tokens, PaddedTokens - earlier.PaddedTokens, Flops - earlier.Flops, ModelTime - earlier.ModelTime);
}

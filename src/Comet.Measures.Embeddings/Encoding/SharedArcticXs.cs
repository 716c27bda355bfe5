namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// The process-wide arctic-embed-xs encoder, loaded on first use, for the same reason as
/// <see cref="SharedMiniLm"/>: measures are created per task, and the model is 90 MB.
/// </summary>
internal static class SharedArcticXs
{
    private static readonly Lazy<ArcticXsEncoder> LazyEncoder = new(() => new ArcticXsEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ITextEncoder Instance => LazyEncoder.Value;

    /// <summary>The same model, loaded only when a text has to be encoded (a fully cached run never loads it).</summary>
    public static ITextEncoder Deferred { get; } = new DeferredEncoder(ArcticXsEncoder.Id, ArcticXsEncoder.Width, () => Instance);
}

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// The process-wide MiniLM encoder, loaded on first use. Measures are created per task by the
/// registry; sharing the loaded model keeps a 67-task evaluation from loading 90 MB 67 times. The
/// instance lives as long as the process (ONNX Runtime releases its memory at exit).
/// </summary>
internal static class SharedMiniLm
{
    private static readonly Lazy<MiniLmEncoder> LazyEncoder = new(() => new MiniLmEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ITextEncoder Instance => LazyEncoder.Value;

    /// <summary>The same model, loaded only when a text has to be encoded (a fully cached run never loads it).</summary>
    public static ITextEncoder Deferred { get; } = new DeferredEncoder(MiniLmEncoder.Id, MiniLmEncoder.Width, () => Instance);

    /// <summary>True once the model has been loaded (benchmarks time the first load).</summary>
    public static bool IsLoaded => LazyEncoder.IsValueCreated;
}

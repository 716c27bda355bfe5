namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// The process-wide MiniLM encoders (fp32 and int8), each loaded on first use. Measures are created per
/// task by the registry; sharing the loaded model keeps a 67-task evaluation from loading 90 MB 67
/// times. The instances live as long as the process (ONNX Runtime releases its memory at exit).
/// </summary>
internal static class SharedMiniLm
{
    private static readonly Lazy<MiniLmEncoder> LazyEncoder = new(() => new MiniLmEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<MiniLmEncoder> LazyInt8 =
        new(() => new MiniLmEncoder(new MiniLmSettings(), EmbeddingPrecision.Int8), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ITextEncoder Instance => LazyEncoder.Value;

    /// <summary>The same model, loaded only when a text has to be encoded (a fully cached run never loads it).</summary>
    public static ITextEncoder Deferred { get; } = new DeferredEncoder(MiniLmEncoder.Id, MiniLmEncoder.Width, () => Instance);

    /// <summary>The int8 model (<see cref="EmbeddingPrecision.Int8"/>), made or read from the models folder on its first text.</summary>
    public static ITextEncoder DeferredInt8 { get; } = new DeferredEncoder(MiniLmEncoder.Int8Id, MiniLmEncoder.Width, () => LazyInt8.Value);

    /// <summary>True once the model has been loaded (benchmarks time the first load).</summary>
    public static bool IsLoaded => LazyEncoder.IsValueCreated;
}

namespace Comet.Measures.Embeddings;

/// <summary>
/// How the embedding measures enter a <see cref="MeasureCatalog"/>: it lives in its own project (it
/// brings the ONNX runtime and the model), so it registers into the catalog like any other measure
/// instead of the catalog knowing it.
/// </summary>
public static class EmbeddingCatalog
{
    /// <summary>
    /// The natural languages the embedding models were trained to read: all-MiniLM-L6-v2 and arctic-embed-xs are
    /// English models. On other text they still give scores, but weak ones (Albergate, Italian: AP .098).
    /// </summary>
    public static IReadOnlyList<string> TextLanguages { get; } = ["en"];

    /// <summary><paramref name="catalog"/> plus "embedding" with these settings (checked now, before any run).</summary>
    public static MeasureCatalog WithEmbedding(this MeasureCatalog catalog, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return catalog.With(EmbeddingMeasure.MeasureName, () => new EmbeddingMeasure(options));
    }

    /// <summary>
    /// <paramref name="catalog"/> plus "arctic" (arctic-embed-xs, requirements as queries) with these
    /// settings; its vectors share the cache folder but never the cache entries (the model is in the key).
    /// </summary>
    public static MeasureCatalog WithArctic(this MeasureCatalog catalog, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return catalog.With(EmbeddingMeasure.ArcticMeasureName, () => EmbeddingMeasure.Arctic(options));
    }
}

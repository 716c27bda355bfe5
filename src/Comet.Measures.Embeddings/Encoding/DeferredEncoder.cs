namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// A shared model's id and width, known without loading it, and the model itself loaded on the first
/// <see cref="Encode"/>. A warm run whose every chunk is in the cache asks only for the id (the cache's
/// folder) and the width, so it never loads the 90 MB model and its ONNX session (about a second).
/// </summary>
internal sealed class DeferredEncoder(string modelId, int dimensions, Func<ITextEncoder> load) : ITextEncoder
{
    public string ModelId => modelId;

    public int Dimensions => dimensions;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        var model = load();

        // The constants must describe the model they stand for, or the cache would file vectors
        // under the wrong id or width.
        if (model.ModelId != modelId || model.Dimensions != dimensions)
        {
            throw new InvalidOperationException(
                $"deferred encoder declared {modelId} x {dimensions}, the loaded model is {model.ModelId} x {model.Dimensions}");
        }

        return model.Encode(texts, cancellation);
    }
}

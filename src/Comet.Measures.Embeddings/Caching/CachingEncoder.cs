using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// An encoder that answers from <see cref="EmbeddingCache"/> where it can and sends only the
/// missing texts (each distinct text once) to the inner encoder, storing what it gets back.
/// Counts hits and encoded texts for logs and benchmarks.
/// </summary>
internal sealed class CachingEncoder(ITextEncoder inner, EmbeddingCache cache) : ITextEncoder
{
    private const int StoreEvery = 256;

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    /// <summary>Texts answered from disk so far.</summary>
    public int Hits { get; private set; }

    /// <summary>Texts sent to the inner encoder so far.</summary>
    public int Encoded { get; private set; }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (missing.TryGetValue(texts[i], out var positions))
            {
                positions.Add(i);
                continue;
            }

            var cached = cache.TryGet(texts[i], Dimensions);
            if (cached is not null)
            {
                vectors[i] = cached;
                Hits++;
            }
            else
            {
                missing[texts[i]] = [i];
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        // Encoded in slices, each stored at once, so a cancelled or crashed cold run keeps its progress.
        foreach (var slice in missing.Keys.Chunk(StoreEvery))
        {
            var encoded = inner.Encode(slice, cancellation);
            Encoded += slice.Length;
            for (var m = 0; m < slice.Length; m++)
            {
                cache.Put(slice[m], encoded[m]);
                foreach (var position in missing[slice[m]])
                {
                    vectors[position] = encoded[m];
                }
            }
        }

        return vectors;
    }
}

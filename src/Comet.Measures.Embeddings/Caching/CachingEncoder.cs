using Comet.Measures.Embeddings.Encoding;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// An encoder that sends each distinct text to the inner encoder once (a license header or a
/// repeated generated block costs one encoding however often it occurs) and, with a cache, answers
/// from <see cref="EmbeddingCache"/> where it can and stores what it encodes. Every vector it returns
/// has the cache's precision (<see cref="StoredPrecision"/>), with the cache or without. Counts hits, repeats and
/// encoded texts for logs and benchmarks, and reports encoding progress (texts done, texts to do).
/// </summary>
internal sealed class CachingEncoder(ITextEncoder inner, EmbeddingCache? cache, Action<int, int>? progress = null) : ITextEncoder
{
    // A slice is stored and reported as soon as it is encoded: small enough for a progress line every
    // few seconds and little lost work on a crash, large enough for full model batches.
    private const int SliceTexts = 64;
    private const int SliceCharacters = 16_384;

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    /// <summary>Texts answered from disk so far.</summary>
    public int Hits { get; private set; }

    /// <summary>Texts answered by an earlier occurrence of the same text in the same call.</summary>
    public int Repeats { get; private set; }

    /// <summary>Texts sent to the inner encoder so far.</summary>
    public int Encoded { get; private set; }

    private readonly HashSet<string> _encodedTexts = new(StringComparer.Ordinal);

    /// <summary>
    /// The distinct texts sent to the inner encoder so far (each once), so a caller can say which of
    /// its artifacts needed new encodings and which were reused whole.
    /// </summary>
    public IReadOnlySet<string> EncodedTexts => _encodedTexts;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (missing.TryGetValue(texts[i], out var positions))
            {
                positions.Add(i);
                Repeats++;
                continue;
            }

            if (seen.TryGetValue(texts[i], out var first))
            {
                vectors[i] = vectors[first];
                Repeats++;
                continue;
            }

            var cached = cache?.TryGet(texts[i], Dimensions);
            if (cached is not null)
            {
                vectors[i] = cached;
                seen[texts[i]] = i;
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

        // Encoded in slices, each stored at once, so a cancelled or crashed cold run keeps its
        // progress; slices of similar lengths (shortest first) let the encoder batch without padding.
        var todo = missing.Keys.OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();
        var done = 0;
        progress?.Invoke(0, todo.Length);
        foreach (var slice in Slices(todo))
        {
            var encoded = inner.Encode(slice, cancellation);
            Encoded += slice.Length;
            _encodedTexts.UnionWith(slice);
            for (var m = 0; m < slice.Length; m++)
            {
                // Rounded to the stored precision before use, cache or not, so that this (cold) run
                // scores with exactly the vector a later warm run will read.
                var vector = StoredPrecision.Round(encoded[m]);
                cache?.Put(slice[m], vector);
                foreach (var position in missing[slice[m]])
                {
                    vectors[position] = vector;
                }
            }

            done += slice.Length;
            progress?.Invoke(done, todo.Length);
        }

        return vectors;
    }

    private static IEnumerable<string[]> Slices(string[] texts)
    {
        var start = 0;
        while (start < texts.Length)
        {
            var end = start + 1;
            var characters = texts[start].Length;
            while (end < texts.Length && end - start < SliceTexts && characters + texts[end].Length <= SliceCharacters)
            {
                characters += texts[end].Length;
                end++;
            }

            yield return texts[start..end];
            start = end;
        }
    }
}

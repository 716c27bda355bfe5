namespace Comet.Measures.Embeddings.Text;

/// <summary>
/// Cuts an artifact into encoder-sized chunks of natural words (<see cref="NaturalText"/>).
/// Blank lines separate blocks (paragraphs, methods, declaration groups); consecutive blocks are
/// packed into one chunk while they fit, so a short artifact is one chunk and code keeps its
/// methods together. A block longer than a chunk is read in overlapping windows.
/// </summary>
public sealed class TextChunker
{
    private readonly ChunkingOptions _options;

    public TextChunker(ChunkingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The chunks of <paramref name="text"/>, in text order; none when it has no words.</summary>
    public IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var pending = new List<string>();
        foreach (var block in Blocks(text))
        {
            var words = NaturalText.Words(block);
            if (words.Count == 0)
            {
                continue;
            }

            if (pending.Count + words.Count <= _options.MaxWords)
            {
                pending.AddRange(words);
                continue;
            }

            Flush(pending, chunks);
            if (words.Count <= _options.MaxWords)
            {
                pending.AddRange(words);
            }
            else
            {
                AddWindows(words, chunks);
            }
        }

        Flush(pending, chunks);
        return EvenlySpaced(chunks, _options.MaxChunksPerArtifact);
    }

    /// <summary>Keeps <paramref name="limit"/> chunks spread over the whole list, first and last included.</summary>
    internal static IReadOnlyList<string> EvenlySpaced(List<string> chunks, int limit)
    {
        if (chunks.Count <= limit)
        {
            return chunks;
        }

        if (limit == 1)
        {
            return [chunks[0]];
        }

        var kept = new string[limit];
        for (var i = 0; i < limit; i++)
        {
            // Integer arithmetic keeps the choice exact and platform-independent.
            kept[i] = chunks[(int)((long)i * (chunks.Count - 1) / (limit - 1))];
        }

        return kept;
    }

    private void AddWindows(List<string> words, List<string> chunks)
    {
        var size = _options.MaxWords;
        var stride = size - _options.OverlapWords;
        for (var start = 0; ; start += stride)
        {
            // The last window ends at the last word, so no window is a short tail.
            var from = Math.Min(start, words.Count - size);
            chunks.Add(string.Join(' ', words.GetRange(from, size)));
            if (from + size >= words.Count)
            {
                return;
            }
        }
    }

    private static void Flush(List<string> pending, List<string> chunks)
    {
        if (pending.Count > 0)
        {
            chunks.Add(string.Join(' ', pending));
            pending.Clear();
        }
    }

    private static IEnumerable<string> Blocks(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (block.Count > 0)
                {
                    yield return string.Join('\n', block);
                    block.Clear();
                }

                continue;
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return string.Join('\n', block);
        }
    }
}

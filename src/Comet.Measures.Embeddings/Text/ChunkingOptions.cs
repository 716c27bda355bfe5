namespace Comet.Measures.Embeddings.Text;

/// <summary>
/// How an artifact is cut into chunks that the encoder reads whole. Defaults (chosen on the
/// benchmark tasks, see docs/benchmarks.md "Embeddings"): windows of at most 128 words (about
/// 170-200 word pieces, under the 256 all-MiniLM-L6-v2 was tuned for), 32 words of overlap, at
/// most 64 chunks per artifact.
/// </summary>
public sealed record ChunkingOptions
{
    /// <summary>Most words in one chunk. Default 128.</summary>
    public int MaxWords { get; init; } = 128;

    /// <summary>Words a window shares with the one before when a block is longer than <see cref="MaxWords"/>. Default 32.</summary>
    public int OverlapWords { get; init; } = 32;

    /// <summary>
    /// Most chunks kept per artifact; a longer artifact keeps evenly spaced chunks (first and last
    /// included). Bounds the cost of generated files (minified CSS, source maps). Default 64.
    /// </summary>
    public int MaxChunksPerArtifact { get; init; } = 64;

    /// <exception cref="ArgumentException">A non-positive size or an overlap not below the window.</exception>
    public void Validate()
    {
        if (MaxWords < 1)
        {
            throw new ArgumentException($"MaxWords must be at least 1 (was {MaxWords}).");
        }

        if (OverlapWords < 0 || OverlapWords >= MaxWords)
        {
            throw new ArgumentException($"OverlapWords must be in [0, MaxWords) (was {OverlapWords}, MaxWords {MaxWords}).");
        }

        if (MaxChunksPerArtifact < 1)
        {
            throw new ArgumentException($"MaxChunksPerArtifact must be at least 1 (was {MaxChunksPerArtifact}).");
        }
    }
}

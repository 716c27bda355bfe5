namespace Comet.Core.Caching;

/// <summary>What `comet cache prune` removes (<see cref="CachePruner"/>).</summary>
public sealed record PruneRule
{
    /// <summary>Entries whose last use is older than this go first; null keeps entries of any age.</summary>
    public TimeSpan? OlderThan { get; init; }

    /// <summary>
    /// Then the least recently used entries go until the rest take at most this many bytes on disk
    /// (<see cref="CacheEntry.DiskBytes"/>); null sets no size limit.
    /// </summary>
    public long? MaxDiskBytes { get; init; }

    /// <summary>Report what would go and remove nothing. Default false.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// A temporary file this much older than the prune was left by a killed run (a write takes
    /// milliseconds) and goes too; a younger one may be a concurrent write and is never touched.
    /// </summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromDays(1);

    /// <exception cref="ArgumentException">Neither limit given, or a negative one.</exception>
    public void Validate()
    {
        if (OlderThan is null && MaxDiskBytes is null)
        {
            throw new ArgumentException("a prune needs an age limit, a size limit or both");
        }

        if (OlderThan < TimeSpan.Zero || MaxDiskBytes < 0)
        {
            throw new ArgumentException("prune limits cannot be negative");
        }
    }
}

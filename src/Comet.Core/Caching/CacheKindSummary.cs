namespace Comet.Core.Caching;

/// <summary>What one kind of a cache folder holds (`comet cache info`).</summary>
/// <param name="Kind">See <see cref="CacheEntry.Kind"/>.</param>
/// <param name="Entries">How many entries.</param>
/// <param name="Bytes">Their lengths added up.</param>
/// <param name="DiskBytes">Their estimated size on disk (<see cref="CacheEntry.DiskBytes"/>).</param>
/// <param name="OldestUseUtc">The least recent last use.</param>
/// <param name="NewestUseUtc">The most recent last use.</param>
public sealed record CacheKindSummary(string Kind, int Entries, long Bytes, long DiskBytes, DateTime OldestUseUtc, DateTime NewestUseUtc)
{
    /// <summary>One summary per kind, in ordinal order of the kind; no kind without entries.</summary>
    public static IReadOnlyList<CacheKindSummary> Of(IEnumerable<CacheEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .GroupBy(e => e.Kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CacheKindSummary(
                g.Key,
                g.Count(),
                g.Sum(e => e.Bytes),
                g.Sum(e => e.DiskBytes),
                g.Min(e => e.LastUseUtc),
                g.Max(e => e.LastUseUtc)))
            .ToArray();
    }
}

namespace Comet.Core.Caching;

/// <summary>
/// Removes cache entries by last use (<see cref="CacheUse"/>): first those unused for longer than the age
/// limit, then the least recently used (ties by path) until the rest fit the size limit. Safe beside a
/// running trace: temporary files younger than <see cref="PruneRule.StaleTemporaryAge"/> are never
/// touched, so a write in progress completes; an entry whose last-write time moved after the listing (a
/// hit or a rewrite since) is kept; a reader whose entry goes anyway sees a miss (<see cref="CacheFile"/>)
/// and recomputes it. Folders are never removed: a writer may be creating a file in one.
/// </summary>
public static class CachePruner
{
    /// <summary>The kind under which stale temporary files are reported.</summary>
    public const string TemporaryKind = "temporary";

    /// <exception cref="ArgumentException">An invalid rule (<see cref="PruneRule.Validate"/>).</exception>
    public static PruneReport Prune(CacheInventory inventory, PruneRule rule, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        var chosen = Choose(inventory.Entries, rule, nowUtc);
        var staleTemporaries = inventory.Temporaries
            .Where(t => nowUtc - t.LastUseUtc > PruneRule.StaleTemporaryAge)
            .Select(t => t with { Kind = TemporaryKind });
        var removed = new List<CacheEntry>();
        var skipped = 0;
        foreach (var entry in chosen.Concat(staleTemporaries))
        {
            if (rule.DryRun || TryRemove(entry))
            {
                removed.Add(entry);
            }
            else
            {
                skipped++;
            }
        }

        var gone = removed.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        return new PruneReport(
            CacheKindSummary.Of(removed),
            CacheKindSummary.Of(inventory.Entries.Where(e => !gone.Contains(e.Path))),
            skipped,
            rule.DryRun);
    }

    /// <summary>The entries the rule removes, oldest use first.</summary>
    internal static IReadOnlyList<CacheEntry> Choose(IReadOnlyList<CacheEntry> entries, PruneRule rule, DateTime nowUtc)
    {
        var byUse = entries
            .OrderBy(e => e.LastUseUtc)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToArray();
        var take = 0;
        if (rule.OlderThan is { } age)
        {
            while (take < byUse.Length && nowUtc - byUse[take].LastUseUtc > age)
            {
                take++;
            }
        }

        if (rule.MaxDiskBytes is { } limit)
        {
            var left = byUse.Skip(take).Sum(e => e.DiskBytes);
            while (left > limit && take < byUse.Length)
            {
                left -= byUse[take].DiskBytes;
                take++;
            }
        }

        return byUse[..take];
    }

    /// <summary>Removes the entry unless it was used after the listing; false when it was, or cannot be removed.</summary>
    private static bool TryRemove(CacheEntry entry)
    {
        try
        {
            var file = new FileInfo(entry.Path);
            if (!file.Exists)
            {
                // Gone already (another prune, a user): removed all the same.
                return true;
            }

            if (file.LastWriteTimeUtc != entry.LastUseUtc)
            {
                return false;
            }

            file.Delete();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

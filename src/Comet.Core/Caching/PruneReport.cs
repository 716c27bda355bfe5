namespace Comet.Core.Caching;

/// <summary>What a prune removed (or, dry, would remove) per kind, and what it left.</summary>
/// <param name="Removed">Per kind, the entries removed (stale temporary files under the kind "temporary").</param>
/// <param name="Kept">Per kind, what is left.</param>
/// <param name="Skipped">Entries chosen but kept: used by a concurrent run after the listing, or not removable (permissions).</param>
/// <param name="DryRun">Nothing was removed.</param>
public sealed record PruneReport(IReadOnlyList<CacheKindSummary> Removed, IReadOnlyList<CacheKindSummary> Kept, int Skipped, bool DryRun);

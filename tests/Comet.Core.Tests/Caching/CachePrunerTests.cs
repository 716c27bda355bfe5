using Comet.Core.Caching;

namespace Comet.Core.Tests.Caching;

public sealed class CachePrunerTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);
    private readonly CacheFolderFixture _cache = new();

    public void Dispose() => _cache.Dispose();

    private PruneReport Prune(PruneRule rule) => CachePruner.Prune(CacheInventory.Scan(_cache.Root), rule, Now);

    [Fact]
    public void Prune_OlderThan_RemovesExactlyTheEntriesUnusedForLonger()
    {
        var old = _cache.Entry("analysis", "old", 100, Now.AddDays(-31));
        var older = _cache.Entry("lsi", "older", 100, Now.AddDays(-40));
        var recent = _cache.Entry("analysis", "recent", 100, Now.AddDays(-29));

        var report = Prune(new PruneRule { OlderThan = TimeSpan.FromDays(30) });

        Assert.False(File.Exists(old));
        Assert.False(File.Exists(older));
        Assert.True(File.Exists(recent));
        Assert.Equal([("analysis", 1), ("lsi", 1)], report.Removed.Select(k => (k.Kind, k.Entries)));
        Assert.Equal(1, Assert.Single(report.Kept).Entries);
    }

    [Fact]
    public void Prune_MaxSize_RemovesLeastRecentlyUsedUntilTheRestFits()
    {
        // Four one-block entries, used one day apart; a limit of two blocks keeps the two newest.
        var uses = Enumerable.Range(0, 4).Select(day => _cache.Entry("analysis", $"e{day}", 1000, Now.AddDays(-day))).ToArray();

        var report = Prune(new PruneRule { MaxDiskBytes = 2 * CacheEntry.BlockBytes });

        Assert.Equal([true, true, false, false], uses.Select(File.Exists));
        Assert.Equal(2, Assert.Single(report.Removed).Entries);
        Assert.Equal(2000, report.Removed[0].Bytes);
        Assert.Equal(2 * CacheEntry.BlockBytes, report.Kept.Sum(k => k.DiskBytes));
    }

    [Fact]
    public void Prune_MaxSizeAcrossKinds_OrdersByUseNotByKind()
    {
        var oldVector = _cache.Entry("embeddings/m", "v", 784, Now.AddDays(-5), ".vec");
        var newVector = _cache.Entry("embeddings/m", "w", 784, Now.AddDays(-1), ".vec");
        var midAnalysis = _cache.Entry("analysis", "t", 784, Now.AddDays(-3));

        Prune(new PruneRule { MaxDiskBytes = CacheEntry.BlockBytes });

        Assert.False(File.Exists(oldVector));
        Assert.False(File.Exists(midAnalysis));
        Assert.True(File.Exists(newVector));
    }

    [Fact]
    public void Prune_AgeThenSize_AppliesBoth()
    {
        var ancient = _cache.Entry("analysis", "a", 10, Now.AddDays(-100));
        var middle = _cache.Entry("analysis", "b", 10, Now.AddDays(-2));
        var newest = _cache.Entry("analysis", "c", 10, Now.AddHours(-1));

        Prune(new PruneRule { OlderThan = TimeSpan.FromDays(30), MaxDiskBytes = CacheEntry.BlockBytes });

        Assert.Equal([false, false, true], new[] { ancient, middle, newest }.Select(File.Exists));
    }

    [Fact]
    public void Prune_DryRun_RemovesNothingAndReportsWhatWouldGo()
    {
        var entries = Enumerable.Range(0, 3).Select(day => _cache.Entry("lsi", $"e{day}", 10, Now.AddDays(-10 * day))).ToArray();

        var report = Prune(new PruneRule { OlderThan = TimeSpan.FromDays(5), DryRun = true });

        Assert.All(entries, e => Assert.True(File.Exists(e)));
        Assert.True(report.DryRun);
        Assert.Equal(2, Assert.Single(report.Removed).Entries);
        Assert.Equal(1, Assert.Single(report.Kept).Entries);
    }

    [Fact]
    public void Prune_TemporaryFiles_RemovesOnlyThoseOverADayOld()
    {
        var entry = _cache.Entry("analysis", "e", 10, Now);
        var relative = Path.GetRelativePath(_cache.Root, entry);
        var writing = _cache.File(relative + ".1234.tmp", 10, Now.AddMinutes(-1));
        var stray = _cache.File(relative + ".5678.tmp", 10, Now.AddDays(-2));

        // Even a limit of zero bytes leaves a write in progress alone.
        var report = Prune(new PruneRule { MaxDiskBytes = 0 });

        Assert.True(File.Exists(writing));
        Assert.False(File.Exists(stray));
        Assert.False(File.Exists(entry));
        Assert.Contains(report.Removed, k => k.Kind == CachePruner.TemporaryKind && k.Entries == 1);
    }

    [Fact]
    public void Prune_EntryUsedAfterTheListing_IsKept()
    {
        var entry = _cache.Entry("analysis", "e", 10, Now.AddDays(-40));
        var inventory = CacheInventory.Scan(_cache.Root);
        File.SetLastWriteTimeUtc(entry, Now); // a concurrent trace's hit, between listing and removal

        var report = CachePruner.Prune(inventory, new PruneRule { OlderThan = TimeSpan.FromDays(30) }, Now);

        Assert.True(File.Exists(entry));
        Assert.Equal(1, report.Skipped);
        Assert.Empty(report.Removed);
    }

    [Fact]
    public void Prune_FilesThatAreNotEntries_AreNeverRemoved()
    {
        var foreign = _cache.File("analysis/notes.txt", 10, Now.AddDays(-400));

        Prune(new PruneRule { MaxDiskBytes = 0 });

        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void Prune_NoLimit_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Prune(new PruneRule()));
}

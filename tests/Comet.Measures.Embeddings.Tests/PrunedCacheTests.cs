using Comet.Core.Caching;
using Comet.Measures.Embeddings.Caching;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// The embedding cache under `comet cache prune`: a hit records its use, so a vector a run reads is not
/// pruned as unused, and a vector pruned away is encoded again by the next run, not an error.
/// </summary>
public sealed class PrunedCacheTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (CachingEncoder Caching, CountingEncoder Inner, EmbeddingCache Cache) NewEncoder()
    {
        var inner = new CountingEncoder();
        var cache = new EmbeddingCache(_folder.Path, inner.ModelId);
        return (new CachingEncoder(inner, cache), inner, cache);
    }

    private static void LastUsed(string path, TimeSpan ago) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow - ago);

    [Fact]
    public void Encode_AfterTheEntryWasPruned_EncodesItAgainAndStoresIt()
    {
        var first = NewEncoder();
        var vectors = first.Caching.Encode(["booking", "invoice"], default);
        LastUsed(first.Cache.PathFor("invoice"), TimeSpan.FromDays(40));
        var report = CachePruner.Prune(CacheInventory.Scan(_folder.Path), new PruneRule { OlderThan = TimeSpan.FromDays(30) }, DateTime.UtcNow);

        var second = NewEncoder();
        var again = second.Caching.Encode(["booking", "invoice"], default);

        Assert.Equal(1, Assert.Single(report.Removed).Entries);
        Assert.Equal(["invoice"], second.Inner.EncodedTexts);
        Assert.Equal(1, second.Caching.Hits);
        Assert.Equal(vectors, again);
        Assert.True(File.Exists(second.Cache.PathFor("invoice")));
    }

    [Fact]
    public void Encode_WarmHit_RecordsTheUseSoAgePruningKeepsTheEntry()
    {
        var first = NewEncoder();
        first.Caching.Encode(["booking", "invoice"], default);
        LastUsed(first.Cache.PathFor("booking"), TimeSpan.FromDays(40));
        LastUsed(first.Cache.PathFor("invoice"), TimeSpan.FromDays(40));

        // A run that reads only "booking": its use is recorded, "invoice" stays unused.
        NewEncoder().Caching.Encode(["booking"], default);
        CachePruner.Prune(CacheInventory.Scan(_folder.Path), new PruneRule { OlderThan = TimeSpan.FromDays(30) }, DateTime.UtcNow);

        Assert.True(File.Exists(first.Cache.PathFor("booking")));
        Assert.False(File.Exists(first.Cache.PathFor("invoice")));
    }
}

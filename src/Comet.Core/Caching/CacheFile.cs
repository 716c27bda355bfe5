using Microsoft.Win32.SafeHandles;

namespace Comet.Core.Caching;

/// <summary>
/// One cache entry on disk, as every cache folder keeps them (embeddings, analysed term lists, LSI):
/// read whole or not at all, written to a temporary file and renamed so a reader never sees half an
/// entry, and any I/O failure a miss rather than an error (a cache only saves recomputation). An entry
/// that vanishes between the check and the read (a concurrent `comet cache prune`, an `rm -rf`) is a miss.
/// </summary>
/// <remarks>
/// A hit records its use in the file's last-write time (<see cref="CacheUse"/>), which is what
/// <see cref="CachePruner"/> reads as "last use".
/// </remarks>
public static class CacheFile
{
    /// <summary>The file's bytes, or null when it is absent or unreadable.</summary>
    public static byte[]? TryRead(string path) => TryRead(path, TimeProvider.System);

    /// <summary>The same, recording the use at <paramref name="clock"/>'s time (tests pass their own).</summary>
    public static byte[]? TryRead(string path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        try
        {
            // Checking first is cheaper than the exception of every miss on a cold cache.
            if (!File.Exists(path))
            {
                return null;
            }

            // FileShare.Delete: a prune may remove the entry while it is open (Windows would refuse it otherwise).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var bytes = ReadWhole(handle);
            if (bytes is not null)
            {
                CacheUse.Record(handle, path, clock.GetUtcNow().UtcDateTime);
            }

            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry through a temporary file and a rename; a failure (read-only or full disk) leaves nothing behind.</summary>
    public static void TryWrite(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static byte[]? ReadWhole(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            return null;
        }

        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (count == 0)
            {
                // Shorter than its length said: not a whole entry.
                return null;
            }

            read += count;
        }

        return bytes;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: a stray temporary file is never read as a cache entry.
        }
    }
}

namespace Comet.Core.Caching;

/// <summary>
/// One cache entry on disk, as every cache folder keeps them (embeddings, analysed term lists, LSI):
/// read whole or not at all, written to a temporary file and renamed so a reader never sees half an
/// entry, and any I/O failure a miss rather than an error (a cache only saves recomputation).
/// </summary>
public static class CacheFile
{
    /// <summary>The file's bytes, or null when it is absent or unreadable.</summary>
    public static byte[]? TryRead(string path)
    {
        try
        {
            // Checking first is cheaper than the exception of every miss on a cold cache.
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
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

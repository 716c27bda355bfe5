using Microsoft.Win32.SafeHandles;

namespace Comet.Core.Caching;

/// <summary>
/// How a cache entry's last use is known: its last-write time, set when the entry is written and moved
/// forward on a hit when it is more than <see cref="Resolution"/> old. So a run touches each entry at
/// most once (runs are shorter than an hour), a warm run costs one extra system call per entry at most
/// once an hour, and last use is exact to within an hour, which is what `comet cache prune --older-than`
/// can rely on. Access times are not used: most file systems mount with relatime or noatime.
/// </summary>
public static class CacheUse
{
    /// <summary>The granularity of "last use": a hit on an entry used within this time is not recorded again.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromHours(1);

    /// <summary>Moves the open entry's last-write time to <paramref name="nowUtc"/> if it is older than <see cref="Resolution"/>.</summary>
    internal static void Record(SafeFileHandle handle, string path, DateTime nowUtc)
    {
        try
        {
            if (nowUtc - File.GetLastWriteTimeUtc(handle) <= Resolution)
            {
                return;
            }

            // Through the open handle where the system allows it (futimens: no second path lookup);
            // Windows needs write-attribute access the read handle lacks, so there by path (the
            // handle shares reading and writing, so the second open succeeds).
            if (OperatingSystem.IsWindows())
            {
                File.SetLastWriteTimeUtc(path, nowUtc);
            }
            else
            {
                File.SetLastWriteTimeUtc(handle, nowUtc);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Another user's file in a shared folder, or a read-only one: the hit still counts, only
            // its use goes unrecorded, and a prune may take the entry a little early (a later miss).
        }
    }
}

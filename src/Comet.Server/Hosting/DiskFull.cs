using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comet.Server.Hosting;

/// <summary>Recognises "the disk is full" however it surfaces: SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100) or an IOException with ENOSPC.</summary>
internal static class DiskFull
{
    private const int SqliteFull = 13;          // SQLITE_FULL
    private const int NoSpaceLeft = 28;         // ENOSPC on Linux
    private const int WindowsDiskFull = 0x70;   // ERROR_DISK_FULL

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode == SqliteFull:
                    return true;
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.DiskFull:
                    return true;
                case IOException io when (io.HResult & 0xFFFF) is NoSpaceLeft or WindowsDiskFull:
                    return true;
            }
        }

        return false;
    }
}

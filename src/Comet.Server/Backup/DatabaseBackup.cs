using System.Globalization;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Backup;

/// <summary>
/// Online backup and offline restore of the service's database.
/// </summary>
/// <remarks>
/// A plain copy of comet.db while the server runs misses what is still in the write-ahead log (1,820
/// acknowledged answers in one try), and SQLite's page-by-page backup API restarts whenever a writer
/// commits, so it never finished under load. <c>VACUUM INTO</c> reads one consistent snapshot in a
/// single read transaction (writers go on meanwhile) and writes it as a compact, self-contained file:
/// it holds every commit made before the backup began.
/// </remarks>
internal static class DatabaseBackup
{
    /// <summary>What a backup file holds, after its integrity check.</summary>
    public sealed record Contents(int SchemaVersion, long Projects, long Answers, long Runs);

    /// <summary>Writes a snapshot of <paramref name="databasePath"/> to <paramref name="outFile"/> (0600), checked before it gets its name.</summary>
    public static Contents Backup(string databasePath, string outFile)
    {
        if (!File.Exists(databasePath))
        {
            throw new FileNotFoundException($"no database at {databasePath}");
        }

        if (File.Exists(outFile))
        {
            throw new IOException($"{outFile} exists already; choose a new name");
        }

        var partial = outFile + ".partial";
        File.Delete(partial);
        using (var connection = new Database(databasePath).Open())
        {
            connection.Execute("VACUUM INTO $file", ("$file", partial));
        }

        PrivateFiles.Restrict(partial);
        FlushToDisk(partial); // VACUUM INTO does not sync the file it writes
        var contents = Check(partial);
        File.Move(partial, outFile);
        return contents;
    }

    /// <summary>
    /// Replaces the database of <paramref name="dataFolder"/> with <paramref name="backupFile"/>. Needs the
    /// data folder's lock, so it refuses while a server runs there. The previous database is kept beside it
    /// as comet.db.before-restore-TIME (its log folded in first), and the restored one is migrated to this
    /// version's schema.
    /// </summary>
    /// <returns>What the restored database holds, and where the previous one was kept (null when there was none).</returns>
    public static (Contents Restored, string? Previous) Restore(string backupFile, string dataFolder, TimeProvider clock)
    {
        using var ownership = DataFolderLock.TryAcquire(dataFolder, clock, out var holder)
            ?? throw new IOException($"a Comet server is using {dataFolder} ({holder}); stop it before restoring");
        var contents = Check(backupFile);
        if (contents.SchemaVersion > SchemaMigrations.All.Count)
        {
            throw new IOException($"the backup has schema version {contents.SchemaVersion}, newer than this server's {SchemaMigrations.All.Count}");
        }

        var database = Path.Combine(ownership.Folder, "comet.db");
        string? previous = null;
        if (File.Exists(database))
        {
            using (var connection = new Database(database).Open())
            {
                connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            SqliteConnection.ClearAllPools();
            previous = database + ".before-restore-" + clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            File.Move(database, previous);
        }

        // A log or shared-memory file left from the previous database must never meet the restored one.
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        var restoring = database + ".restoring";
        File.Copy(backupFile, restoring, overwrite: true);
        PrivateFiles.Restrict(restoring);
        FlushToDisk(restoring);
        File.Move(restoring, database);
        new Database(database).Migrate();
        SqliteConnection.ClearAllPools();
        return (Check(database), previous);
    }

    /// <summary>Opens a database file read-only, runs SQLite's integrity check and counts what it holds.</summary>
    public static Contents Check(string file)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var check = connection.Command("PRAGMA integrity_check;"))
        {
            var result = check.ExecuteScalar() as string;
            if (!string.Equals(result, "ok", StringComparison.Ordinal))
            {
                throw new IOException($"{file} fails SQLite's integrity check: {result}");
            }
        }

        return new Contents(
            SchemaMigrator.CurrentVersion(connection),
            connection.ScalarInt64("SELECT COUNT(*) FROM projects"),
            connection.ScalarInt64("SELECT COUNT(*) FROM feedback"),
            connection.ScalarInt64("SELECT COUNT(*) FROM runs"));
    }

    private static void FlushToDisk(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }
}

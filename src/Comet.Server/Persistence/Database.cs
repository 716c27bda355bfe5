using Comet.Server.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Comet.Server.Persistence;

/// <summary>
/// The SQLite database of the service: opens connections with the settings every connection needs and
/// applies the schema migrations once at start-up.
/// </summary>
/// <remarks>
/// Durability: the journal is a write-ahead log and <c>synchronous=FULL</c> makes every commit wait for
/// the log to reach the disk, so an answer sent after a commit survives a kill -9 (and a power cut).
/// NORMAL would be enough against a killed process but may lose the last commits on power loss.
/// The stores use the synchronous ADO.NET calls: Microsoft.Data.Sqlite's async methods run
/// synchronously anyway, and the calls are short.
/// </remarks>
internal sealed class Database
{
    private readonly string _connectionString;

    public Database(IOptions<ServerOptions> options)
        : this(options.Value.DatabasePath)
    {
    }

    public Database(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds a writer waits for the lock before SQLITE_BUSY
        }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // busy_timeout lets SQLite wait for the write lock in short steps; without it the ADO.NET layer
        // retries after sleeping 150 ms, which made p99 latencies of concurrent writers jump.
        // Pooled connections keep per-connection settings, so every open sets all of them again
        // (LinkWriter changes synchronous and wal_autocheckpoint on its own connection).
        // journal_size_limit: after a checkpoint has emptied the log, its file is cut back to 64 MiB
        // (a large run's log otherwise kept its peak size on disk for good).
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA wal_autocheckpoint = 1000; PRAGMA journal_size_limit = 67108864;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Creates the folder and the file if needed and brings the schema to the latest version.</summary>
    /// <returns>The schema version after migrating.</returns>
    public int Migrate()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }

        using var connection = Open();

        // Before WAL mode creates its -wal and -shm files: SQLite gives them the database file's mode.
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            PrivateFiles.Restrict(file);
        }

        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file; setting it once is enough, repeating it is harmless.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            wal.ExecuteNonQuery();
        }

        return SchemaMigrator.Apply(connection, SchemaMigrations.All);
    }
}

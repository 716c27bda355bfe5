using System.Data.Common;
using Comet.Server.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comet.Server.Persistence;

/// <summary>Where the service keeps its data: Comet:Storage.</summary>
internal enum StorageKind
{
    /// <summary>An embedded SQLite file in the data folder, owned by one process (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by API and worker processes (Comet:PostgresConnection).</summary>
    Postgres,
}

/// <summary>
/// The database of the service, SQLite or PostgreSQL: opens connections with the settings every
/// connection needs and applies the schema migrations once at start-up. The stores write their SQL
/// once for both, with @name parameters, and ask <see cref="IsPostgres"/> only where the dialects
/// differ (a handful of statements; see the stores).
/// </summary>
/// <remarks>
/// SQLite durability: the journal is a write-ahead log and <c>synchronous=FULL</c> makes every commit wait for
/// the log to reach the disk, so an answer sent after a commit survives a kill -9 (and a power cut).
/// NORMAL would be enough against a killed process but may lose the last commits on power loss.
/// The stores use the synchronous ADO.NET calls: Microsoft.Data.Sqlite's async methods run
/// synchronously anyway, and the calls are short. PostgreSQL commits are durable by the server's own
/// settings (synchronous_commit, on by default).
/// </remarks>
internal sealed class Database : IDisposable
{
    private readonly string? _sqliteConnectionString;
    private readonly NpgsqlDataSource? _postgres;

    /// <summary>An SQLite database in the file <paramref name="path"/>.</summary>
    public Database(string path)
    {
        Path = path;
        _sqliteConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds a writer waits for the lock before SQLITE_BUSY
        }.ToString();
    }

    private Database(NpgsqlDataSource postgres)
    {
        _postgres = postgres;
        Path = string.Empty;
    }

    /// <summary>The database the settings name: PostgreSQL when Comet:Storage is postgres, else the SQLite file in the data folder.</summary>
    public static Database For(ServerOptions options) =>
        options.Storage == StorageKind.Postgres ? Postgres(options.PostgresConnection!) : new Database(options.DatabasePath);

    /// <summary>A PostgreSQL database (an Npgsql connection string; its Search Path picks the schema).</summary>
    public static Database Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "comet-server";
        }

        return new Database(NpgsqlDataSource.Create(builder));
    }

    public bool IsPostgres => _postgres is not null;

    public StorageKind Kind => IsPostgres ? StorageKind.Postgres : StorageKind.Sqlite;

    /// <summary>The SQLite file (empty for PostgreSQL).</summary>
    public string Path { get; }

    public DbConnection Open()
    {
        if (_postgres is not null)
        {
            return _postgres.OpenConnection();
        }

        var connection = new SqliteConnection(_sqliteConnectionString);
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

    /// <summary>PostgreSQL's connection, for what only it can do (COPY); null for SQLite.</summary>
    public NpgsqlConnection? OpenPostgres() => _postgres?.OpenConnection();

    /// <summary>Creates the folder and the file if needed (SQLite) and brings the schema to the latest version.</summary>
    /// <returns>The schema version after migrating.</returns>
    public int Migrate()
    {
        if (IsPostgres)
        {
            using var pg = Open();
            return SchemaMigrator.Apply(pg, SchemaMigrations.Postgres);
        }

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

    public void Dispose() => _postgres?.Dispose();
}

using Comet.Server.Persistence;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Tests.Support;

/// <summary>
/// An empty database of either backend, and a data folder, for store tests and for tests that start
/// server processes on it (<see cref="StartServer"/>); removed on dispose. A test contract takes a
/// factory (<see cref="Sqlite"/> or <see cref="Postgres"/>), so its PostgreSQL twin is one line.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly PostgresSchema? _schema;

    private TestDatabase(PostgresSchema? schema)
    {
        _schema = schema;
        Database = schema is null ? new Database(Path.Combine(_data.Path, "comet.db")) : Database.Postgres(schema.ConnectionString);
    }

    public Database Database { get; }

    /// <summary>The data folder: the SQLite file's home, and the folder every server process is given.</summary>
    public string DataDirectory => _data.Path;

    /// <summary>The PostgreSQL connection string (with the schema as search path); null on SQLite.</summary>
    public string? PostgresConnection => _schema?.ConnectionString;

    /// <summary>Command-line settings that put a server process on this database (none for SQLite: the data folder's file).</summary>
    public string[] ServerArgs => _schema is null ? [] : [.. _schema.Settings.Select(s => $"--Comet:{s.Name}={s.Value}")];

    public static TestDatabase Sqlite() => new(null);

    /// <summary>A fresh schema on the test server (<see cref="TestPostgres"/>).</summary>
    public static TestDatabase Postgres() => new(new PostgresSchema());

    /// <summary>A server process on this database (not yet healthy: await its WaitUntilHealthyAsync).</summary>
    public ServerProcess StartServer(params string[] extraArgs) => StartServer(new Dictionary<string, string>(), extraArgs);

    /// <summary>A server process on this database with environment variables of its own.</summary>
    public ServerProcess StartServer(IReadOnlyDictionary<string, string> environment, params string[] extraArgs) =>
        new(DataDirectory, ServerProcess.FreePort(), environment, [.. ServerArgs, .. extraArgs]);

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        _schema?.Dispose();
        _data.Dispose();
    }
}

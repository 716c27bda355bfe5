using Comet.Server.Persistence;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Tests.Support;

/// <summary>An empty database of either backend for store tests, removed on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly Action _remove;

    private TestDatabase(Database database, Action remove)
    {
        Database = database;
        _remove = remove;
    }

    public Database Database { get; }

    public static TestDatabase Sqlite()
    {
        var folder = new TempDirectory();
        return new TestDatabase(new Database(Path.Combine(folder.Path, "comet.db")), folder.Dispose);
    }

    /// <summary>A fresh schema on the test server (<see cref="TestPostgres"/>).</summary>
    public static TestDatabase Postgres()
    {
        var connection = TestPostgres.NewSchema(out var schema);
        return new TestDatabase(Database.Postgres(connection), () => TestPostgres.DropSchema(schema));
    }

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        _remove();
    }
}

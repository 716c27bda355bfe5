namespace Comet.Server.Tests.Support;

/// <summary>
/// A fresh, empty schema on the test server (<see cref="TestPostgres"/>) for one test or fixture,
/// dropped on dispose: `using var schema = new PostgresSchema();` replaces the create/try/finally/drop
/// that every PostgreSQL test would otherwise repeat.
/// </summary>
public sealed class PostgresSchema : IDisposable
{
    private readonly string _name;

    public PostgresSchema()
    {
        ConnectionString = TestPostgres.NewSchema(out _name);
    }

    /// <summary>The test server's connection string with this schema as its search path.</summary>
    public string ConnectionString { get; }

    /// <summary>The Comet:* settings that put a server on this schema.</summary>
    public IEnumerable<(string Name, string Value)> Settings => [("Storage", "Postgres"), ("PostgresConnection", ConnectionString)];

    public void Dispose() => TestPostgres.DropSchema(_name);
}

namespace Comet.Server.Tests.Support;

/// <summary>
/// The real server in memory on PostgreSQL (role all): a schema of its own on the test server
/// (<see cref="TestPostgres"/>), made when the server first starts and dropped on dispose. Without
/// COMET_TEST_POSTGRES it is never started: the tests of its classes are skipped.
/// </summary>
public sealed class PostgresServerFactory : CometServerFactory
{
    private PostgresSchema? _schema;

    /// <summary>The connection string of this server's schema (starts the server, which makes the schema).</summary>
    public string ConnectionString
    {
        get
        {
            _ = Services;
            return _schema!.ConnectionString;
        }
    }

    protected override IEnumerable<(string Name, string Value)> StorageSettings()
    {
        _schema = new PostgresSchema();
        return [.. _schema.Settings, ("PollMilliseconds", "100"), ("LeaseSeconds", "10")];
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _schema?.Dispose();
        }
    }
}

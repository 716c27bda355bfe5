using Npgsql;

namespace Comet.Benchmarks.Service;

/// <summary>
/// A fresh schema on the PostgreSQL server given with --postgres, so a benchmark measures an empty
/// deployment and leaves nothing behind (dropped on dispose).
/// </summary>
internal sealed class PostgresSchema : IDisposable
{
    private readonly string _server;
    private readonly string _name;

    public PostgresSchema(string server)
    {
        _server = server;
        _name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE SCHEMA {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = _name }.ConnectionString;
    }

    /// <summary>The server's connection string with this schema as its search path.</summary>
    public string ConnectionString { get; }

    public void Dispose() => Execute($"DROP SCHEMA IF EXISTS {_name} CASCADE");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

using Npgsql;

namespace Comet.Server.Tests.Support;

/// <summary>
/// The PostgreSQL server for tests on the PostgreSQL backend: the Npgsql connection string in the
/// environment variable COMET_TEST_POSTGRES (CI sets it; see .ci/postgres.sh). Without it those tests are
/// skipped with <see cref="SkipReason"/>. Each test database is a schema of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "COMET_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL backend: set " + Variable + " to an Npgsql connection string (CI starts one with .ci/postgres.sh)";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => ConnectionString is not null;

    /// <summary>A new empty schema; the returned connection string has it as its search path.</summary>
    public static string NewSchema(out string schema)
    {
        var server = ConnectionString ?? throw new InvalidOperationException(SkipReason);
        schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        // Small pools: a test run opens many databases against one server (max_connections).
        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, MaxPoolSize = 20, ConnectionIdleLifetime = 10 }.ConnectionString;
    }

    public static void DropSchema(string schema)
    {
        if (ConnectionString is not { } server)
        {
            return;
        }

        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>Marks a test class whose tests need the PostgreSQL server: they are skipped when there is none.</summary>
public interface IPostgresTests;

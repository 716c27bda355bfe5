using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>
/// Applies the migrations that a database has not seen yet. SQLite keeps the applied version in
/// <c>PRAGMA user_version</c>, PostgreSQL in the one-row table schema_version; either is written in the
/// same transaction as the step's statements, so a crash mid-step leaves the previous version intact.
/// On PostgreSQL, where several processes may start at once, an advisory lock makes them migrate one
/// after the other (the later ones find nothing left to do).
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Key of the advisory lock held while migrating a PostgreSQL database.</summary>
    private const long MigrationLock = 0x436F6D6574; // "Comet"

    public static int Apply(DbConnection connection, IReadOnlyList<SchemaMigration> migrations)
    {
        CheckOrder(migrations);
        var postgres = connection is not SqliteConnection;
        using var transaction = postgres ? connection.BeginTransaction() : null;
        if (postgres)
        {
            connection.Execute("SELECT pg_advisory_xact_lock(@k)", ("@k", MigrationLock));
            connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }

        var current = CurrentVersion(connection);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The database has schema version {current}, newer than this server knows ({latest}); upgrade the server.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            if (postgres)
            {
                // One transaction for every step: DDL is transactional in PostgreSQL.
                connection.Execute(migration.Sql);
                connection.Execute("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@v)", ("@v", migration.Version));
            }
            else
            {
                using var step = connection.BeginTransaction();
                connection.Execute(migration.Sql + $"\nPRAGMA user_version = {migration.Version};");
                step.Commit();
            }

            current = migration.Version;
        }

        transaction?.Commit();
        return current;
    }

    public static int CurrentVersion(DbConnection connection)
    {
        var sql = connection is SqliteConnection ? "PRAGMA user_version;" : "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return (int)connection.ScalarInt64(sql);
    }

    private static void CheckOrder(IReadOnlyList<SchemaMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {i + 1} is numbered {migrations[i].Version}; versions must run 1, 2, 3, ...");
            }
        }
    }
}

using Microsoft.Data.Sqlite;

namespace Comet.Server.Persistence;

/// <summary>
/// Applies the migrations that a database has not seen yet. The applied version lives in SQLite's
/// <c>PRAGMA user_version</c>, which is written in the same transaction as the step's statements, so a
/// crash mid-step leaves the previous version intact.
/// </summary>
internal static class SchemaMigrator
{
    public static int Apply(SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations)
    {
        CheckOrder(migrations);
        var current = CurrentVersion(connection);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The database has schema version {current}, newer than this server knows ({latest}); upgrade the server.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version};";
            command.ExecuteNonQuery();
            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
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

using Comet.Server.Persistence;
using Comet.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Tests.Units;

public sealed class SchemaMigratorTests
{
    [Fact]
    public void Migrate_FreshFile_ReachesLatestVersionInWalMode()
    {
        using var folder = new TempDirectory();
        var database = new Database(Path.Combine(folder.Path, "sub", "comet.db"));

        Assert.Equal(SchemaMigrations.All.Count, database.Migrate());
        using var connection = database.Open();
        Assert.Equal("wal", connection.Command("PRAGMA journal_mode;").ExecuteScalar());
        Assert.Equal(2L, connection.ScalarInt64("PRAGMA synchronous;")); // 2 = FULL
    }

    [Fact]
    public void Migrate_SecondTime_AppliesNothingAndKeepsData()
    {
        using var folder = new TempDirectory();
        var database = new Database(Path.Combine(folder.Path, "comet.db"));
        database.Migrate();
        new ProjectStore(database, TimeProvider.System).Create("kept", "kept", Comet.Server.Projects.ProjectSettings.Default);

        Assert.Equal(SchemaMigrations.All.Count, database.Migrate());
        Assert.True(new ProjectStore(database, TimeProvider.System).Exists("kept"));
    }

    [Fact]
    public void Apply_DatabaseNewerThanServer_Throws()
    {
        using var folder = new TempDirectory();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "comet.db")}");
        connection.Open();
        connection.Execute("PRAGMA user_version = 99;");
        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Apply(connection, SchemaMigrations.All));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_StepThatFails_LeavesThePreviousVersion()
    {
        using var folder = new TempDirectory();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "comet.db")}");
        connection.Open();
        SchemaMigration[] steps = [new(1, "table", "CREATE TABLE t (x INTEGER);"), new(2, "broken", "CREATE TABLE u (y INTEGER); THIS IS NOT SQL;")];

        Assert.ThrowsAny<SqliteException>(() => SchemaMigrator.Apply(connection, steps));
        Assert.Equal(1, SchemaMigrator.CurrentVersion(connection));
        Assert.Equal(0L, connection.ScalarInt64("SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'"));
    }

    [Fact]
    public void Apply_GapInVersions_Throws()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Apply(connection, [new(2, "skips one", "SELECT 1;")]));
    }
}

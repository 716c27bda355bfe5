using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Comet.Server.Hosting;
using Comet.Server.Persistence;

namespace Comet.Server.Migration;

/// <summary>
/// <c>Comet.Server migrate-storage --from sqlite:PATH --to postgres:CONNECTION</c>: moves a one-machine
/// deployment onto PostgreSQL (see <see cref="StorageMigration"/>). PATH is the data folder or its
/// comet.db; the server on it must be stopped (the command takes the folder's lock). Prints one line
/// per table with the row counts and checksums of both sides; exits 0 only when all of them match.
/// </summary>
internal static class MigrateStorageCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "migrate-storage";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var from = new Option<string>("--from") { Description = "sqlite:PATH, the data folder (or its comet.db) of a stopped server.", Required = true };
        var to = new Option<string>("--to") { Description = "postgres:CONNECTION, an Npgsql connection string of an empty database.", Required = true };
        var command = new Command("migrate-storage", "Copy an SQLite deployment into PostgreSQL, verified by row counts and checksums.") { from, to };
        command.SetAction(parse => Migrate(parse.GetValue(from)!, parse.GetValue(to)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return new RootCommand("Comet server storage migration.") { command }.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Migrate(string from, string to, TextWriter output, TextWriter error)
    {
        if (!from.StartsWith("sqlite:", StringComparison.Ordinal) || !to.StartsWith("postgres:", StringComparison.Ordinal))
        {
            error.WriteLine("comet-server: migrate-storage needs --from sqlite:PATH --to postgres:CONNECTION");
            return 2;
        }

        var path = Path.GetFullPath(from["sqlite:".Length..]);
        var file = Directory.Exists(path) ? Path.Combine(path, "comet.db") : path;
        if (!File.Exists(file))
        {
            error.WriteLine($"comet-server: no SQLite database at {file}");
            return 2;
        }

        using var ownership = DataFolderLock.TryAcquire(Path.GetDirectoryName(file)!, TimeProvider.System, out var holder);
        if (ownership is null)
        {
            error.WriteLine($"comet-server: the data folder is in use by a Comet server ({holder}); stop it before migrating.");
            return 3;
        }

        try
        {
            using var source = new Database(file);
            using var target = Database.Postgres(to["postgres:".Length..]);
            var results = StorageMigration.Copy(source, target, line => output.WriteLine(line));
            foreach (var r in results)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Table,-18} rows {r.SourceRows,10:N0} -> {r.TargetRows,10:N0}  checksum {r.SourceChecksum:x16} -> {r.TargetChecksum:x16}  {(r.Matches ? "ok" : "MISMATCH")}"));
            }

            var bad = results.Count(r => !r.Matches);
            if (bad > 0)
            {
                error.WriteLine($"comet-server: {bad} tables differ after the copy; do not switch over");
                return 1;
            }

            output.WriteLine($"migrated and verified: {results.Sum(r => r.TargetRows):N0} rows in {results.Count} tables");
            return 0;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or IOException)
        {
            error.WriteLine("comet-server: " + e.Message);
            return 1;
        }
    }
}

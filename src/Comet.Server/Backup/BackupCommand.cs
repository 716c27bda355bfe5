using System.CommandLine;
using System.Globalization;
using Comet.Server.Hosting;
using Microsoft.Data.Sqlite;

namespace Comet.Server.Backup;

/// <summary>
/// <c>Comet.Server backup --out FILE [--data DIR]</c> takes a consistent snapshot while the server runs;
/// <c>Comet.Server restore --from FILE [--data DIR]</c> puts one back while the server is stopped. See
/// <see cref="DatabaseBackup"/> for why a snapshot is made with VACUUM INTO.
/// </summary>
internal static class BackupCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] is "backup" or "restore";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var data = new Option<string?>("--data") { Description = "Data folder of the server (default: Comet:DataDirectory of the configuration)." };
        if (CommandLineSettings.Read(null).Storage == Persistence.StorageKind.Postgres)
        {
            error.WriteLine("comet-server: backup and restore are for SQLite; with Comet:Storage Postgres use pg_dump and pg_restore (docs/shared-deployment.md).");
            return 2;
        }

        var root = new RootCommand("Comet server backup and restore.") { Backup(data), Restore(data) };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Backup(Option<string?> data)
    {
        var file = new Option<string>("--out") { Description = "File to write; it must not exist yet.", Required = true };
        var command = new Command("backup", "Write a consistent snapshot of the database (safe while the server runs).") { file, data };
        command.SetAction(parse => Report(parse.InvocationConfiguration, () =>
        {
            var target = Path.GetFullPath(parse.GetValue(file)!);
            var contents = DatabaseBackup.Backup(CommandLineSettings.Read(parse.GetValue(data)).DatabasePath, target);
            return $"backup written to {target}: {Describe(contents)}";
        }));
        return command;
    }

    private static Command Restore(Option<string?> data)
    {
        var file = new Option<string>("--from") { Description = "Backup file written by 'backup'.", Required = true };
        var command = new Command("restore", "Replace the database with a backup (the server must be stopped).") { file, data };
        command.SetAction(parse => Report(parse.InvocationConfiguration, () =>
        {
            var (restored, previous) = DatabaseBackup.Restore(
                Path.GetFullPath(parse.GetValue(file)!), CommandLineSettings.Read(parse.GetValue(data)).DataFolder, TimeProvider.System);
            return $"restored: {Describe(restored)}" + (previous is null ? string.Empty : $"; the previous database is kept as {previous}");
        }));
        return command;
    }

    // One line on stdout when it worked, one line on stderr and exit code 1 when it did not.
    private static int Report(InvocationConfiguration console, Func<string> action)
    {
        try
        {
            console.Output.WriteLine(action());
            return 0;
        }
        catch (Exception e) when (e is IOException or SqliteException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("comet-server: " + e.Message);
            return 1;
        }
    }

    private static string Describe(DatabaseBackup.Contents c) => string.Create(CultureInfo.InvariantCulture,
        $"schema {c.SchemaVersion}, {c.Projects} projects, {c.Runs} runs, {c.Answers} answers, integrity ok");
}

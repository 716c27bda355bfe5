using System.CommandLine;
using System.Globalization;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Security;

namespace Comet.Server.Keys;

/// <summary>
/// <c>Comet.Server keys create|list|revoke</c>: API keys are made on the server's machine, never over
/// HTTP. The key is printed once on stdout; only its SHA-256 is stored. The data folder is the
/// server's (Comet:DataDirectory from appsettings.json or Comet__DataDirectory), or --data.
/// </summary>
internal static class KeysCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "keys";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var data = new Option<string?>("--data") { Description = "Data folder of the server (default: Comet:DataDirectory of the configuration)." };
        var keys = new Command("keys", "Create, list and revoke API keys.") { Create(data), List(data), Revoke(data) };
        var root = new RootCommand("Comet server administration.") { keys };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static Command Create(Option<string?> data)
    {
        var project = new Option<string>("--project") { Description = "Project id the key opens, or '*' for every project.", Required = true };
        var scope = new Option<string>("--scope") { Description = "read, write or admin.", Required = true };
        scope.AcceptOnlyFromAmong("read", "write", "admin");
        var label = new Option<string?>("--label") { Description = "Who or what uses the key (shown by list)." };
        var command = new Command("create", "Create a key and print it once.") { project, scope, label, data };
        command.SetAction(parse =>
        {
            var projectId = parse.GetValue(project)!;
            if (projectId != ApiKey.AllProjects && !ProjectValidation.IsValidId(projectId))
            {
                parse.InvocationConfiguration.Error.WriteLine($"invalid project id '{projectId}' (a-z, 0-9, '.', '_', '-'; or '*')");
                return 2;
            }

            var store = new ApiKeyStore(OpenDatabase(parse.GetValue(data)), TimeProvider.System);
            var (key, record) = store.Create(projectId, Enum.Parse<ApiScope>(parse.GetValue(scope)!, ignoreCase: true), parse.GetValue(label));
            parse.InvocationConfiguration.Error.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"key {record.Id}: {record.Scope.ToString().ToLowerInvariant()} on '{record.ProjectId}'; it is shown only now:"));
            parse.InvocationConfiguration.Output.WriteLine(key);
            return 0;
        });
        return command;
    }

    private static Command List(Option<string?> data)
    {
        var project = new Option<string?>("--project") { Description = "Only the keys of this project." };
        var command = new Command("list", "List keys (ids, scopes, labels; never the keys).") { project, data };
        command.SetAction(parse =>
        {
            var store = new ApiKeyStore(OpenDatabase(parse.GetValue(data)), TimeProvider.System);
            foreach (var key in store.List(parse.GetValue(project)))
            {
                var state = key.RevokedAt is { } revoked ? "revoked " + Times.Format(revoked) : "active";
                parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{key.Id}\t{key.ProjectId}\t{key.Scope.ToString().ToLowerInvariant()}\t{state}\t{key.Label}"));
            }

            return 0;
        });
        return command;
    }

    private static Command Revoke(Option<string?> data)
    {
        var id = new Option<long>("--id") { Description = "Id of the key (see list).", Required = true };
        var command = new Command("revoke", "Revoke a key; requests with it are refused from then on.") { id, data };
        command.SetAction(parse =>
        {
            var store = new ApiKeyStore(OpenDatabase(parse.GetValue(data)), TimeProvider.System);
            if (store.Revoke(parse.GetValue(id)))
            {
                parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"key {parse.GetValue(id)} revoked"));
                return 0;
            }

            parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"no active key {parse.GetValue(id)}"));
            return 2;
        });
        return command;
    }

    private static Database OpenDatabase(string? dataOption)
    {
        // The configured database: the data folder's SQLite file, or PostgreSQL when Comet:Storage says so.
        var database = Database.For(CommandLineSettings.Read(dataOption));
        database.Migrate();
        return database;
    }
}

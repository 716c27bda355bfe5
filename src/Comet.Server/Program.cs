using Comet.Server.Artifacts;
using Comet.Server.Backup;
using Comet.Server.Feedback;
using Comet.Server.Health;
using Comet.Server.Hosting;
using Comet.Server.Keys;
using Comet.Server.Links;
using Comet.Server.Migration;
using Comet.Server.Persistence;
using Comet.Server.Projects;
using Comet.Server.Review;
using Comet.Server.Runs;
using Comet.Server.Security;
using Microsoft.Extensions.Options;

// The Comet REST service. `Comet.Server keys ...` manages API keys instead of serving (see KeysCommand),
// `Comet.Server backup|restore ...` backs the database up or restores it (see BackupCommand),
// `Comet.Server migrate-storage ...` copies an SQLite deployment into PostgreSQL (see MigrateStorageCommand).
if (KeysCommand.Matches(args))
{
    return KeysCommand.Run(args, Console.Out, Console.Error);
}

if (BackupCommand.Matches(args))
{
    return BackupCommand.Run(args, Console.Out, Console.Error);
}

if (MigrateStorageCommand.Matches(args))
{
    return MigrateStorageCommand.Run(args, Console.Out, Console.Error);
}

// `--role api|worker|all` is Comet:Role (see ServerOptions.Role).
var builder = WebApplication.CreateBuilder(RoleArgument.Rewrite(args));
builder.AddCometServer();

var app = builder.Build();
var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;

// SQLite: one server per data folder, held until the process ends: a second one would run start-up
// recovery on the first one's runs (see DataFolderLock). PostgreSQL is shared by design: workers claim
// runs with leases instead.
var folder = options.DataFolder;
string? holder = null;
using var ownership = options.Storage == StorageKind.Sqlite ? DataFolderLock.TryAcquire(folder, TimeProvider.System, out holder) : null;
if (options.Storage == StorageKind.Sqlite && ownership is null)
{
    await Console.Error.WriteLineAsync($"comet-server: the data folder {folder} is in use by another Comet server ({holder}); stop it or choose another folder.");
    return 3;
}

app.Services.GetRequiredService<Database>().Migrate();
if (options.RunsExecuteHere)
{
    CacheFolderCheck.Report(Comet.Measures.Embeddings.CacheFolders.DefaultRoot(), app.Logger);
}

// The access log outermost (it records the final status); errors become RFC 7807 problems; then routing,
// body limits and API keys, in that order, before any endpoint.
app.UseMiddleware<AccessLogMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRouting();
app.UseMiddleware<BodySizeLimitMiddleware>();
app.UseMiddleware<ApiKeyMiddleware>();

app.MapHealthEndpoints();
if (!options.ServesApi)
{
    // A worker answers /health and /health/ready only (for its orchestrator); requests go to API nodes.
    await app.RunAsync();
    return 0;
}

app.MapOpenApi();
app.MapProjectEndpoints();
app.MapArtifactEndpoints();
app.MapRunEndpoints();
app.MapLinkEndpoints();
app.MapGapEndpoints();
app.MapReviewQueueEndpoints();
app.MapDiffEndpoints();
app.MapFeedbackEndpoints();
app.MapReviewEndpoints();

await app.RunAsync();
return 0;

#pragma warning disable CA1515 // public so that WebApplicationFactory<Program> in the tests can start the server
public partial class Program;
#pragma warning restore CA1515

using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Comet.Server.Health;

/// <summary>
/// The only endpoints without a key. GET /health (liveness): 200 when the database answers a read.
/// GET /health/ready (readiness): 200 only when the service can also store work, that is when the data
/// folder has at least MinFreeDiskBytes free and a one-row write commits; else 503 with the reason.
/// A load balancer should send traffic by readiness: a full or read-only disk left /health at "ok"
/// while every write failed.
/// </summary>
internal static class HealthEndpoints
{
    public sealed record HealthResponse(string Status, int SchemaVersion);

    public sealed record ReadyResponse(string Status, int SchemaVersion, long FreeDiskBytes);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Check).AllowAnonymous().WithTags("Health").WithSummary("Liveness and database check (no key needed).");
        app.MapGet("/health/ready", Ready).AllowAnonymous().WithTags("Health")
            .WithSummary("Readiness: enough free disk and a write to the database commits (no key needed).");
        return app;
    }

    private static Results<Ok<HealthResponse>, ProblemHttpResult> Check(Database database)
    {
        try
        {
            using var connection = database.Open();
            return TypedResults.Ok(new HealthResponse("ok", SchemaMigrator.CurrentVersion(connection)));
        }
        catch (DbException e)
        {
            return Unhealthy("The database does not answer: " + e.Message);
        }
    }

    private static Results<Ok<ReadyResponse>, ProblemHttpResult> Ready(Database database, WriteGate gate, IOptions<ServerOptions> options, TimeProvider clock)
    {
        // PostgreSQL's disk is the database server's: a full one fails the write probe below.
        var free = database.IsPostgres ? -1 : FreeBytes(options.Value.DataFolder);
        if (!database.IsPostgres && free < options.Value.MinFreeDiskBytes)
        {
            return Unhealthy($"Only {free:N0} bytes are free in the data folder (at least {options.Value.MinFreeDiskBytes:N0} needed).");
        }

        try
        {
            using var connection = database.Open();
            using (gate.EnterShort())
            {
                connection.Execute("INSERT INTO write_probe (id, at) VALUES (1, @at) ON CONFLICT (id) DO UPDATE SET at = excluded.at",
                    ("@at", Times.Format(clock.GetUtcNow())));
            }

            return TypedResults.Ok(new ReadyResponse("ready", SchemaMigrator.CurrentVersion(connection), free));
        }
        catch (DbException e)
        {
            return Unhealthy("The database cannot be written: " + e.Message);
        }
    }

    private static long FreeBytes(string folder)
    {
        try
        {
            return new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return 0;
        }
    }

    private static ProblemHttpResult Unhealthy(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unhealthy.");
}

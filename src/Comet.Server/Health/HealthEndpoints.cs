using Comet.Server.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Health;

/// <summary>GET /health: the only endpoint without a key. 200 when the database answers, else 503.</summary>
internal static class HealthEndpoints
{
    public sealed record HealthResponse(string Status, int SchemaVersion);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Check).AllowAnonymous().WithTags("Health").WithSummary("Liveness and database check (no key needed).");
        return app;
    }

    private static Results<Ok<HealthResponse>, ProblemHttpResult> Check(Database database)
    {
        try
        {
            using var connection = database.Open();
            return TypedResults.Ok(new HealthResponse("ok", SchemaMigrator.CurrentVersion(connection)));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return TypedResults.Problem("The database does not answer: " + e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unhealthy.");
        }
    }
}

using Comet.Server.Artifacts;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Comet.Server.Runs;

/// <summary>Trace runs as background jobs: start (202 + Location to poll), list, status and progress, cancel.</summary>
internal static class RunEndpoints
{
    public static IEndpointRouteBuilder MapRunEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/projects/{projectId}/runs").WithTags("Runs");
        group.MapPost("/", Start).RequireScope(ApiScope.Write).WithSummary("Queue a run of a version (default: the latest); poll the Location.");
        group.MapGet("/", List).RequireScope(ApiScope.Read).WithSummary("Runs of the project, newest first.");
        group.MapGet("/{runId:long}", Get).RequireScope(ApiScope.Read).WithSummary("Status, progress and summary of a run.");
        group.MapPost("/{runId:long}/cancel", Cancel).RequireScope(ApiScope.Write).WithSummary("Cancel a queued or running run.");
        return app;
    }

    /// <summary>The run when it belongs to the project, else null (a run id of another project is "not found").</summary>
    public static RunResponse? FindInProject(this RunStore runs, string projectId, long runId) =>
        runs.Find(runId) is { } run && string.Equals(run.ProjectId, projectId, StringComparison.Ordinal) ? run : null;

    private static Results<Accepted<RunResponse>, ProblemHttpResult> Start(
        string projectId, StartRunRequest? request, ProjectStore projects, ArtifactStore artifacts, RunStore runs, RunQueue queue, IOptions<ServerOptions> options)
    {
        var latest = artifacts.LatestVersion(projectId);
        var version = request?.Version ?? latest;
        if (version < 1 || version > latest)
        {
            return Problems.NotFound(latest == 0 ? "Upload artifacts before starting a run." : $"No version {version} (latest is {latest}).");
        }

        var counts = artifacts.ListVersions(projectId)[version - 1].Counts;
        if (RunLimits.Problem(counts[ArtifactRole.Source], counts[ArtifactRole.Target], options.Value) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var run = runs.Create(projectId, version, projects.Find(projectId)!.Settings);
        if (options.Value.RunsExecuteHere)
        {
            queue.Enqueue(run.Id); // SQLite: the run; PostgreSQL: a wake-up for this process's worker
        }

        return TypedResults.Accepted($"/projects/{projectId}/runs/{run.Id}", run);
    }

    private static Results<Ok<Page<RunResponse>>, ValidationProblem> List(string projectId, int? offset, int? limit, RunStore runs, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var (o, l) = Paging.Check(offset, limit, options.Value.MaxPageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (items, total) = runs.List(projectId, o, l);
        return TypedResults.Ok(new Page<RunResponse>(total, o, l, items));
    }

    private static Results<Ok<RunResponse>, ProblemHttpResult> Get(string projectId, long runId, RunStore runs) =>
        runs.FindInProject(projectId, runId) is { } run ? TypedResults.Ok(run) : Problems.NotFound($"No run {runId} in project '{projectId}'.");

    private static Results<Accepted<RunResponse>, ProblemHttpResult> Cancel(string projectId, long runId, RunStore runs, RunQueue queue)
    {
        if (runs.FindInProject(projectId, runId) is not { } run)
        {
            return Problems.NotFound($"No run {runId} in project '{projectId}'.");
        }

        if (run.IsFinal)
        {
            return Problems.Conflict($"Run {runId} is {run.Status.ToString().ToLowerInvariant()} already.");
        }

        // Marking the row first wins the race with completion: the worker only completes a running run.
        runs.Finish(runId, RunStatus.Cancelled, "cancelled by request");
        queue.Cancel(runId);
        return TypedResults.Accepted($"/projects/{projectId}/runs/{runId}", runs.Find(runId)!);
    }
}

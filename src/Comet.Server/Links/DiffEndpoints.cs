using Comet.Core.Links;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Scoring;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Comet.Server.Links;

/// <summary>GET .../diff?base=ID: what a CI build needs to know: which links appeared, vanished or changed bucket.</summary>
internal static class DiffEndpoints
{
    public static IEndpointRouteBuilder MapDiffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/projects/{projectId}/runs/{runId:long}/diff", Diff).RequireScope(ApiScope.Read).WithTags("Links")
            .WithSummary("Links that appeared, vanished or changed bucket since the base run (default: the previous completed run).");
        return app;
    }

    private static Results<Ok<DiffResponse>, ValidationProblem, ProblemHttpResult> Diff(
        string projectId, long runId, long? @base, int? limit, RunStore runs, LinkStore links, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var (_, l) = Paging.Check(0, limit, options.Value.MaxPageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (CompletedRun.Find(runs, projectId, runId, out var problem) is null)
        {
            return problem!;
        }

        var baseId = @base ?? runs.PreviousCompleted(projectId, runId)?.Id;
        if (baseId is null)
        {
            return Problems.NotFound($"Run {runId} has no earlier completed run to compare with; name one with ?base=.");
        }

        if (CompletedRun.Find(runs, projectId, baseId.Value, out var baseProblem) is null)
        {
            return baseProblem!;
        }

        var entries = links.Differences(baseId.Value, runId);
        var appeared = entries.Where(e => e.BucketAfter == LinkBucket.ProbablyLinked).ToList();
        var vanished = entries.Where(e => e.BucketBefore == LinkBucket.ProbablyLinked).ToList();
        var changed = entries.Where(e => e.BucketBefore is { } b && e.BucketAfter is { } a && a != b
            && a != LinkBucket.ProbablyLinked && b != LinkBucket.ProbablyLinked).ToList();
        return TypedResults.Ok(new DiffResponse(
            baseId.Value, runId, appeared.Count, vanished.Count, changed.Count, [.. appeared.Take(l)], [.. vanished.Take(l)], [.. changed.Take(l)]));
    }
}

using Comet.Core.Links;
using Comet.Server.Artifacts;
using Comet.Server.Persistence;
using Comet.Server.Scoring;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Links;

/// <summary>
/// GET .../gaps: sources (e.g. requirements no code implements) and targets whose best link is "probably
/// not". A best link that is unsure or needs review is an open question, not a gap: a build gate acts on
/// gaps, and a gate must not fail a build on what the model cannot yet judge.
/// </summary>
internal static class GapEndpoints
{
    public static IEndpointRouteBuilder MapGapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/projects/{projectId}/runs/{runId:long}/gaps", List).RequireScope(ApiScope.Read).WithTags("Links")
            .WithSummary("Artifacts whose best link is probably-not (no plausible link); role = source, target, or both when absent.");
        return app;
    }

    private static Results<Ok<IReadOnlyList<GapResponse>>, ValidationProblem, ProblemHttpResult> List(
        string projectId, long runId, string? role, RunStore runs, LinkStore links)
    {
        ArtifactRole parsed = default;
        if (role is not null && (!RoleNames.TryParse(role, out parsed) || parsed == ArtifactRole.Intermediate))
        {
            var errors = new ValidationErrors();
            errors.Add("role", "source or target");
            return errors.ToProblem();
        }

        if (CompletedRun.Find(runs, projectId, runId, out var problem) is null)
        {
            return problem!;
        }

        var roles = role is null ? [ArtifactRole.Source, ArtifactRole.Target] : new[] { parsed };
        var gaps = roles.SelectMany(r => links.BestPerArtifact(runId, r == ArtifactRole.Source)
                .Where(best => LinkBuckets.IsGap(best.Bucket))
                .Select(best => new GapResponse(r, best.Id, best.Partner, best.Probability)))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<GapResponse>>(gaps);
    }
}

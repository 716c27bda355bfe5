using Comet.Server.Artifacts;
using Comet.Server.Links;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Review;

/// <summary>
/// The review page: GET /review and its script and style files need no key (they are static and hold
/// no data); every call the page makes does. Plus the one endpoint only the page needs: where the
/// texts of a link meet, for highlighting.
/// </summary>
internal static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup("/review").WithTags("Review").ExcludeFromDescription();
        page.MapGet("/", (HttpContext context) => Serve(context, ReviewAssets.Page)).AllowAnonymous();
        page.MapGet("/{asset}", Serve).AllowAnonymous();

        app.MapGet("/projects/{projectId}/runs/{runId:long}/links/matching-words", Matching).WithTags("Review")
            .RequireScope(ApiScope.Read)
            .WithSummary("The analysed terms a link's two texts share, and the spans of each text that spell them (UTF-16 offsets).");
        return app;
    }

    private static IResult Serve(HttpContext context, string asset)
    {
        if (ReviewAssets.Find(asset) is not { } file)
        {
            return Problems.NotFound($"The review page has no file '{asset}'.");
        }

        ReviewHeaders.Apply(context.Response);
        return TypedResults.Bytes(file.Bytes, file.ContentType);
    }

    private static Results<Ok<MatchingWordsResponse>, ValidationProblem, ProblemHttpResult> Matching(
        string projectId, long runId, string? source, string? target, RunStore runs, ArtifactStore artifacts)
    {
        var errors = ValidationErrors.ForPair(source, target);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (CompletedRun.Find(runs, projectId, runId, out var problem) is not { } run)
        {
            return problem!;
        }

        var sourceArtifact = artifacts.Find(projectId, run.Version, ArtifactRole.Source, source!);
        var targetArtifact = artifacts.Find(projectId, run.Version, ArtifactRole.Target, target!);
        if (sourceArtifact is null || targetArtifact is null)
        {
            return Problems.NotFound($"Version {run.Version} of run {runId} has no {(sourceArtifact is null ? "source '" + source : "target '" + target)}'.");
        }

        return TypedResults.Ok(MatchingWords.Find(sourceArtifact.Text ?? string.Empty, targetArtifact.Text ?? string.Empty, run.Settings.Languages));
    }
}

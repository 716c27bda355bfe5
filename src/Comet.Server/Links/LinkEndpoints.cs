using System.Text.Json;
using Comet.Core.Links;
using Comet.Server.Artifacts;
using Comet.Server.Feedback;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Runs;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Comet.Server.Links;

/// <summary>The links of a completed run: filtered pages and the explanation of one link.</summary>
internal static class LinkEndpoints
{
    private const int SharedTermsShown = 10;

    public static IEndpointRouteBuilder MapLinkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/projects/{projectId}/runs/{runId:long}").WithTags("Links");
        group.MapGet("/links", List).RequireScope(ApiScope.Read)
            .WithSummary("Links, most probable first; filter by source, target, bucket (probably-linked, unsure, probably-not).");
        group.MapGet("/links/explanation", Explain).RequireScope(ApiScope.Read).WithSummary("Why one link got its probability.");
        return app;
    }

    private static Results<Ok<Page<LinkResponse>>, ValidationProblem, ProblemHttpResult> List(
        string projectId, long runId, string? source, string? target, string? bucket, int? offset, int? limit,
        RunStore runs, LinkStore links, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var (o, l) = Paging.Check(offset, limit, options.Value.MaxPageSize, errors);
        LinkBucket? wanted = null;
        if (bucket is not null)
        {
            errors.Require(LinkBuckets.TryParse(bucket, out var parsed), "bucket", LinkBuckets.AllWireNames);
            wanted = parsed;
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return CompletedRun.Find(runs, projectId, runId, out var problem) is null
            ? problem!
            : TypedResults.Ok(links.Query(runId, new LinkFilter(source, target, wanted), o, l));
    }

    private static Results<Ok<LinkExplanation>, ValidationProblem, ProblemHttpResult> Explain(
        string projectId, long runId, string? source, string? target,
        RunStore runs, LinkStore links, ArtifactStore artifacts, FeedbackStore feedback)
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

        if (links.Find(runId, source!, target!) is not { } found)
        {
            return Problems.NotFound($"Run {runId} has no link {source} -> {target}.");
        }

        var (link, z, logOdds, measuresJson) = found;

        var measures = JsonSerializer.Deserialize<Dictionary<string, double?>>(measuresJson, CometJson.Options)!;
        var history = feedback.History(projectId, source, target, 0, int.MaxValue).Items.Select(FeedbackResponse.From).ToList();
        var sourceText = artifacts.Find(projectId, run.Version, ArtifactRole.Source, source!)?.Text ?? string.Empty;
        var targetText = artifacts.Find(projectId, run.Version, ArtifactRole.Target, target!)?.Text ?? string.Empty;
        var shared = SharedTerms.Find(sourceText, targetText, run.Settings.Languages, SharedTermsShown);
        var summary = run.Summary!;
        var rankWithinSource = links.RankWithinSource(runId, source!, link.Rank);
        return TypedResults.Ok(new LinkExplanation(
            link, LinkSentence.For(link, z, logOdds, rankWithinSource, summary), rankWithinSource, summary.RankedBy,
            measures, z, logOdds, summary.Calibration, history, shared));
    }
}

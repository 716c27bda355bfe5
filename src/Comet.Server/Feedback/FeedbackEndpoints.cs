using Comet.Server.Artifacts;
using Comet.Server.Hosting;
using Comet.Server.Persistence;
using Comet.Server.Runs;
using Comet.Server.Scoring;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Comet.Server.Feedback;

/// <summary>
/// Feedback on links: confirm, reject or a 1-5 Likert rating, with author and time. The 201 answer is
/// sent only after the answer is committed to disk. The next run's scorer reads the whole history.
/// </summary>
internal static class FeedbackEndpoints
{
    public const int MaxAuthorLength = 200;
    public const int MaxCommentLength = 4000;

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/projects/{projectId}/feedback").WithTags("Feedback");
        group.MapPost("/", Add).RequireScope(ApiScope.Write).WithSummary("Record an answer about a link (history is kept, never overwritten).");
        group.MapGet("/", History).RequireScope(ApiScope.Read).WithSummary("Answers, oldest first; filter by source and target.");
        group.MapGet("/{feedbackId:long}", Get).RequireScope(ApiScope.Read).WithSummary("One answer.");
        return app;
    }

    private static async Task<Results<Created<FeedbackResponse>, ValidationProblem>> Add(
        string projectId, FeedbackRequest request, ArtifactStore artifacts, RunStore runs, FeedbackWriter feedback, HttpContext context)
    {
        var errors = new ValidationErrors();
        var version = artifacts.LatestVersion(projectId);
        CheckEnd(errors, "source", request.Source, projectId, version, ArtifactRole.Source, artifacts);
        CheckEnd(errors, "target", request.Target, projectId, version, ArtifactRole.Target, artifacts);
        errors.Require(request.Verdict is not null, "verdict", "required: confirm, reject or likert");
        if (request.Verdict == FeedbackVerdict.Likert)
        {
            errors.Require(request.Likert is >= 1 and <= 5, "likert", "required with verdict 'likert': 1 (surely not linked) to 5 (surely linked)");
        }
        else
        {
            errors.Require(request.Likert is null, "likert", "only with verdict 'likert'");
        }

        errors.Require(IsText(request.Author, MaxAuthorLength), "author", $"required, 1-{MaxAuthorLength} characters without control characters");
        errors.Require(request.Comment is null || request.Comment.Length <= MaxCommentLength, "comment", $"at most {MaxCommentLength} characters");
        errors.Require(request.RunId is null || runs.FindInProject(projectId, request.RunId.Value) is not null, "runId", "no such run in this project");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var stored = await feedback.AddAsync(new FeedbackWriter.NewFeedback(
            projectId, request.Source!, request.Target!, request.Verdict!.Value, request.Likert, request.Author!, request.Comment, request.RunId,
            CallerKey.Get(context).Id));
        return TypedResults.Created($"/projects/{projectId}/feedback/{stored.Id}", FeedbackResponse.From(stored));
    }

    private static Results<Ok<Page<FeedbackResponse>>, ValidationProblem> History(
        string projectId, string? source, string? target, int? offset, int? limit, FeedbackStore feedback, IOptions<ServerOptions> options)
    {
        var errors = new ValidationErrors();
        var (o, l) = Paging.Check(offset, limit, options.Value.MaxPageSize, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var (items, total) = feedback.History(projectId, source, target, o, l);
        return TypedResults.Ok(new Page<FeedbackResponse>(total, o, l, [.. items.Select(FeedbackResponse.From)]));
    }

    private static Results<Ok<FeedbackResponse>, ProblemHttpResult> Get(string projectId, long feedbackId, FeedbackStore feedback) =>
        feedback.Find(projectId, feedbackId) is { } found
            ? TypedResults.Ok(FeedbackResponse.From(found))
            : Problems.NotFound($"No feedback {feedbackId} in project '{projectId}'.");

    private static void CheckEnd(ValidationErrors errors, string field, string? id, string projectId, int version, ArtifactRole role, ArtifactStore artifacts)
    {
        if (!ArtifactValidation.IsValidId(id, out var problem))
        {
            errors.Add(field, problem);
        }
        else if (version == 0 || !artifacts.Exists(projectId, version, role, id!))
        {
            errors.Add(field, $"no {role.ToString().ToLowerInvariant()} '{id}' in the latest version");
        }
    }

    private static bool IsText(string? text, int maxLength) =>
        text is { Length: > 0 } && text.Length <= maxLength && !text.Any(char.IsControl) && !string.IsNullOrWhiteSpace(text);
}

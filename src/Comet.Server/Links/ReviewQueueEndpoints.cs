using Comet.Inference.Review;
using Comet.Server.Persistence;
using Comet.Server.Security;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Links;

/// <summary>
/// GET .../review-queue: the pairs of a run whose answers would teach the model most, asked first
/// (<see cref="ReviewQueue"/>): pairs near p = 0.5, and on a new project each requirement's best
/// candidate, one per requirement before any gets a second. Pairs anyone has answered are left out.
/// </summary>
internal static class ReviewQueueEndpoints
{
    public const int DefaultCount = 10;
    public const int MaxCount = 200;

    // Questions beyond a source's tenth candidate are almost never informative and would make the
    // queue read every stored pair of a large run.
    private const int CandidatesPerSource = 10;

    public static IEndpointRouteBuilder MapReviewQueueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/projects/{projectId}/runs/{runId:long}/review-queue", List).RequireScope(ApiScope.Read).WithTags("Links")
            .WithSummary("The links to review next, most informative first (count 1-200, default 10).");
        return app;
    }

    private static Results<Ok<IReadOnlyList<ReviewQuestionResponse>>, ValidationProblem, ProblemHttpResult> List(
        string projectId, long runId, int? count, RunStore runs, LinkStore links, FeedbackStore feedback)
    {
        var errors = new ValidationErrors();
        errors.Require(count is null or >= 1 and <= MaxCount, "count", $"between 1 and {MaxCount}");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (CompletedRun.Find(runs, projectId, runId, out var problem) is null)
        {
            return problem!;
        }

        var answered = feedback.LatestAnswers(projectId).Select(a => (a.SourceId, a.TargetId)).ToHashSet();
        var candidates = links.TopPerSource(runId, CandidatesPerSource).Where(c => !answered.Contains((c.SourceId, c.TargetId)));
        var questions = ReviewQueue.Next(candidates, count ?? DefaultCount)
            .Select(q => new ReviewQuestionResponse(q.SourceId, q.TargetId, q.Probability, Math.Round(q.Information, 4), q.RankInSource, Reason(q)))
            .ToList();
        return TypedResults.Ok<IReadOnlyList<ReviewQuestionResponse>>(questions);
    }

    private static string Reason(ReviewQuestion question) => question.Probability switch
    {
        >= 0.3 and <= 0.7 => "the model is torn: either answer moves it most",
        _ when question.RankInSource == 1 => "its requirement's best candidate: an answer tells the model how many links there are",
        _ => "the most uncertain candidate left for its requirement",
    };
}

/// <summary>A link to review next.</summary>
/// <param name="Information">Expected information of the answer in bits (1 at p = 0.5).</param>
/// <param name="RankInSource">Its rank among its source's candidates (1 = best).</param>
internal sealed record ReviewQuestionResponse(string Source, string Target, double Probability, double Information, int RankInSource, string Reason);

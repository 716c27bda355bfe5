using Comet.Server.Persistence;
using Comet.Server.Runs;
using Comet.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Comet.Server.Links;

/// <summary>Finds a run whose links can be read: in the project (else 404), completed (else 409), links kept (else 410).</summary>
internal static class CompletedRun
{
    public static RunResponse? Find(RunStore runs, string projectId, long runId, out ProblemHttpResult? problem)
    {
        var run = runs.FindInProject(projectId, runId);
        problem = run switch
        {
            null => Problems.NotFound($"No run {runId} in project '{projectId}'."),
            { Status: not RunStatus.Completed } => Problems.Conflict($"Run {runId} is {run.Status.ToString().ToLowerInvariant()}; links exist once it is completed."),
            { LinksPruned: true } => TypedResults.Problem($"The links of run {runId} were deleted (only the newest runs keep them); its summary remains.",
                statusCode: StatusCodes.Status410Gone, title: "Gone."),
            _ => null,
        };
        return problem is null ? run : null;
    }
}

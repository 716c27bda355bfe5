using Comet.Server.Projects;

namespace Comet.Server.Runs;

/// <summary>A run as the API shows it. <see cref="Progress"/> runs from 0 to 1; <see cref="Stage"/> names the step under way.</summary>
/// <param name="LinksPruned">True when the run is older than the kept runs and its links were deleted (summary kept).</param>
internal sealed record RunResponse(
    long Id,
    string ProjectId,
    int Version,
    RunStatus Status,
    string? Stage,
    double Progress,
    ProjectSettings Settings,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    RunSummary? Summary,
    bool LinksPruned)
{
    public bool IsFinal => Status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled;
}

namespace Comet.Server.Security;

/// <summary>A stored API key: only its hash is kept, never the key itself.</summary>
/// <param name="ProjectId">The project the key opens, or <see cref="AllProjects"/> for an operator's key.</param>
internal sealed record ApiKey(long Id, string ProjectId, ApiScope Scope, string? Label, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Project id of a key that opens every project (created with <c>--project '*'</c>).</summary>
    public const string AllProjects = "*";

    public bool Allows(string projectId, ApiScope needed) =>
        RevokedAt is null
        && Scope >= needed
        && (ProjectId == AllProjects || string.Equals(ProjectId, projectId, StringComparison.Ordinal));
}

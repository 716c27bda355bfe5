using Comet.Core.Links;
using Comet.Server.Scoring;

namespace Comet.Server.Projects;

/// <summary>Body of POST /projects. Missing settings take their defaults.</summary>
internal sealed record CreateProjectRequest(string? Id, string? Name, ProjectSettingsRequest? Settings);

/// <summary>Body of PUT /projects/{id}/settings, and the settings part of a create; null fields keep their value.</summary>
internal sealed record ProjectSettingsRequest(
    IReadOnlyList<string>? Measures,
    string? Model,
    IReadOnlyList<string>? Languages,
    BucketThresholds? Thresholds);

/// <summary>A project as the API shows it.</summary>
internal sealed record ProjectResponse(
    string Id,
    string Name,
    ProjectSettings Settings,
    int LatestVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

namespace Comet.Server.Artifacts;

/// <summary>Where an artifact sits in a trace task: sources are traced to targets; intermediates (e.g. tests) lie between.</summary>
internal enum ArtifactRole
{
    Source,
    Target,
    Intermediate,
}

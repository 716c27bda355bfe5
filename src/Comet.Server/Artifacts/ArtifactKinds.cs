using Comet.Core.Artifacts;
using Comet.Loading.Projects;

namespace Comet.Server.Artifacts;

/// <summary>The kind an artifact gets when the upload does not say: code files (the table of <see cref="ArtifactKindInference"/>) are source, intermediates tests.</summary>
internal static class ArtifactKinds
{
    public static ArtifactKind Infer(ArtifactRole role, string? path) => role switch
    {
        ArtifactRole.Intermediate => ArtifactKind.Test,
        _ when path is not null && ArtifactKindInference.IsCode(path) => ArtifactKind.Source,
        ArtifactRole.Source => ArtifactKind.Requirement,
        _ => ArtifactKind.Other,
    };
}

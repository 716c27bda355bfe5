namespace Comet.Core.Artifacts;

/// <summary>What an artifact is; measures and the model may treat kinds differently (e.g. code is chunked).</summary>
public enum ArtifactKind
{
    Requirement,
    UseCase,
    Design,
    Source,
    Test,
    Other,
}

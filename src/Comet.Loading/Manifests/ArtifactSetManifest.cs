namespace Comet.Loading.Manifests;

/// <summary>A named artifact set of a dataset, read by one or more readers whose results are concatenated.</summary>
internal sealed class ArtifactSetManifest
{
    /// <summary>An <see cref="Comet.Core.Artifacts.ArtifactKind"/> name.</summary>
    public required string Kind { get; init; }

    /// <summary>ISO 639-1 code of the text.</summary>
    public string Language { get; init; } = "en";

    public required IReadOnlyList<ArtifactReaderManifest> From { get; init; }

    /// <summary>"error" (default): two artifacts with one id are a data error; "merge": join their
    /// texts and warn (Kiosk lists some ids twice).</summary>
    public string DuplicateIds { get; init; } = "error";
}

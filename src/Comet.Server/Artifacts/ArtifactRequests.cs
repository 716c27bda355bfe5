using Comet.Core.Artifacts;

namespace Comet.Server.Artifacts;

/// <summary>Body of POST /projects/{id}/artifacts: one batch that becomes a new version.</summary>
internal sealed record UploadArtifactsRequest(IReadOnlyList<ArtifactRequest?>? Artifacts);

/// <summary>One artifact of a batch. Kind defaults by role and file extension; language to the project's first.</summary>
internal sealed record ArtifactRequest(ArtifactRole? Role, string? Id, ArtifactKind? Kind, string? Text, string? Path, string? Language);

/// <summary>A validated artifact with its content hash, ready to store.</summary>
internal sealed record NewArtifact(ArtifactRole Role, string Id, ArtifactKind Kind, string Language, string? OriginPath, string Text, string Hash);

/// <summary>An artifact as listed by the API (the text only on request).</summary>
internal sealed record ArtifactResponse(ArtifactRole Role, string Id, ArtifactKind Kind, string Language, string? Path, string Hash, string? Text);

/// <summary>
/// A version of a project's artifacts. An upload replaces the roles it contains and keeps the others;
/// <see cref="Unchanged"/> counts uploaded artifacts whose content hash equals the previous version's.
/// </summary>
/// <param name="Skipped">What the upload held but the version does not, with the reason: zip entries ignored (folders, hidden files such as .DS_Store or __MACOSX) and items of requirement documents left out.</param>
/// <param name="Documents">The requirement documents stored as their items, one artifact per item (null when none).</param>
internal sealed record VersionResponse(
    int Version,
    DateTimeOffset CreatedAt,
    int Added,
    int Changed,
    int Unchanged,
    int Removed,
    IReadOnlyDictionary<ArtifactRole, int> Counts,
    IReadOnlyList<string>? Skipped = null,
    IReadOnlyList<DocumentResponse>? Documents = null);

/// <summary>A requirements document of an upload that was stored as its items: its role, its path, its tool ("OpenFastTrace", "StrictDoc", "TRLC") and how many items became artifacts.</summary>
internal sealed record DocumentResponse(ArtifactRole Role, string Path, string Format, int Items);

/// <summary>An upload after validation: the artifacts to store, the documents split into items, and what was left out.</summary>
internal sealed record ValidatedUpload(IReadOnlyList<NewArtifact> Artifacts, IReadOnlyList<DocumentResponse> Documents, IReadOnlyList<string> Skipped);

namespace Comet.Loading.Manifests;

/// <summary>Values of <see cref="ArtifactReaderManifest.Id"/> for folder readers.</summary>
internal static class FolderIds
{
    public const string FileName = "file-name";
    public const string Stem = "stem";
    public const string RelativePath = "relative-path";
}

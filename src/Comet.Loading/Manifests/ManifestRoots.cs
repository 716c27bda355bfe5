namespace Comet.Loading.Manifests;

/// <summary>Values of <see cref="DatasetManifest.Root"/>.</summary>
internal static class ManifestRoots
{
    public const string Data = "data";
    public const string Repo = "repo";
}

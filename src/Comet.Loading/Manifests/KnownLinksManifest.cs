namespace Comet.Loading.Manifests;

/// <summary>A file of links between two artifact sets that a real project would already keep.</summary>
internal sealed class KnownLinksManifest
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required GoldManifest Links { get; init; }
}

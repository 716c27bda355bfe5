namespace Comet.Loading.Manifests;

/// <summary>One tracing task of a dataset: which sets are sources, targets and intermediates, and its gold.</summary>
internal sealed class TaskManifest
{
    /// <summary>Task id, unique over all manifests (e.g. <c>LibEST/req-code</c>).</summary>
    public required string Id { get; init; }

    public required string Sources { get; init; }

    public required string Targets { get; init; }

    public IReadOnlyList<string> Intermediates { get; init; } = [];

    public GoldManifest? Gold { get; init; }

    /// <summary>Evidence links a project already has, by name (e.g. "execution-traces").</summary>
    public IReadOnlyDictionary<string, KnownLinksManifest> KnownLinks { get; init; } =
        new Dictionary<string, KnownLinksManifest>();

    /// <summary>Overrides the dataset's languages.</summary>
    public IReadOnlyList<string>? Languages { get; init; }
}

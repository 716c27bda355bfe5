namespace Comet.Loading.Manifests;

/// <summary>
/// One benchmark as described by <c>datasets/&lt;Name&gt;/manifest.json</c>: where its files are,
/// how to read its artifact sets, and which tasks (source set, target set, gold file) it offers.
/// </summary>
internal sealed class DatasetManifest
{
    public required string Name { get; init; }

    /// <summary>Folder below the root; defaults to <see cref="Name"/>.</summary>
    public string? Folder { get; init; }

    /// <summary>"data" (default): the shared benchmark folder; "repo": the repo's own <c>datasets/</c>.</summary>
    public string Root { get; init; } = ManifestRoots.Data;

    public string? Description { get; init; }

    /// <summary>False for examples such as the demo, which are not benchmark results.</summary>
    public bool Benchmark { get; init; } = true;

    /// <summary>Default natural languages of the tasks, primary first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    public required IReadOnlyDictionary<string, ArtifactSetManifest> ArtifactSets { get; init; }

    public required IReadOnlyList<TaskManifest> Tasks { get; init; }

    public string FolderName => Folder ?? Name;
}

namespace Comet.Loading.Files.Walking;

/// <summary>What a folder walk takes in; globs are gitignore-style and match paths relative to the walked folder.</summary>
public sealed record WalkOptions
{
    public static readonly WalkOptions Default = new();

    /// <summary>When not empty, only files matching one of these are kept.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Files and folders matching one of these are left out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Honour .gitignore files (default true).</summary>
    public bool RespectGitIgnore { get; init; } = true;
}

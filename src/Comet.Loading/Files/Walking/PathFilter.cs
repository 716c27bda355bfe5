namespace Comet.Loading.Files.Walking;

/// <summary>--include / --exclude: gitignore-style globs over paths relative to the walked folder.</summary>
internal sealed class PathFilter
{
    private readonly GitIgnoreRule[] _include;
    private readonly GitIgnoreRule[] _exclude;

    public PathFilter(WalkOptions options)
    {
        _include = Compile(options.Include);
        _exclude = Compile(options.Exclude);
    }

    public bool ExcludesFolder(string relativePath) => _exclude.Any(r => r.Matches(relativePath, isDirectory: true));

    public bool KeepsFile(string relativePath) =>
        (_include.Length == 0 || _include.Any(r => r.Matches(relativePath, isDirectory: false)))
        && !_exclude.Any(r => r.Matches(relativePath, isDirectory: false));

    // A glob that parses to nothing (blank, a comment) cannot be a user's intent: reject it early.
    private static GitIgnoreRule[] Compile(IReadOnlyList<string> globs) =>
        [.. globs.Select(g => GitIgnoreRule.Parse(g) is { Negated: false } rule ? rule : throw new ArgumentException($"not a usable glob: '{g}'"))];
}

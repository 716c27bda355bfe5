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

    /// <summary>Fails with one line for a glob that cannot be used (blank, a comment, a "!" negation).</summary>
    public void Validate()
    {
        foreach (var (option, glob) in Include.Select(g => ("--include", g)).Concat(Exclude.Select(g => ("--exclude", g))))
        {
            if (GitIgnoreRule.Parse(glob) is not { Negated: false })
            {
                throw new Comet.Core.CometInputException($"{option}: not a usable glob: '{glob}'");
            }
        }
    }
}

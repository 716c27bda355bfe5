namespace Comet.Measures.Embeddings;

/// <summary>Where the embedding cache lives when <see cref="EmbeddingOptions.CacheFolder"/> is not given.</summary>
public static class CacheFolders
{
    /// <summary>Environment variable naming Comet's cache root; embeddings go to its "embeddings" subfolder.</summary>
    public const string EnvironmentVariable = "COMET_CACHE";

    /// <summary>The cache root every cache of Comet keeps its kinds in: <c>$COMET_CACHE</c>, else <c>~/.cache/comet</c>.</summary>
    public static string DefaultRoot() => Path.GetDirectoryName(DefaultEmbeddings())!;

    /// <summary><c>$COMET_CACHE/embeddings</c>, else <c>~/.cache/comet/embeddings</c>.</summary>
    public static string DefaultEmbeddings() => DefaultEmbeddings(Environment.GetEnvironmentVariable);

    /// <summary>The same, reading variables through <paramref name="environment"/> (tests pass their own).</summary>
    internal static string DefaultEmbeddings(Func<string, string?> environment)
    {
        var root = environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "comet");
        }

        return Path.Combine(root, "embeddings");
    }
}

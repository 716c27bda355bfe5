using System.Globalization;
using Comet.Cli.Progress;
using Comet.Core;
using Comet.Measures.Embeddings;

namespace Comet.Cli.Caching;

/// <summary>
/// `--cache DIR` of trace and evaluate: where the embedding measure keeps its vectors (DIR/embeddings),
/// so a CI agent can persist one folder between builds; trace and review also keep analysed term lists
/// and LSI's document vectors there (<see cref="Root"/>). Without it, $COMET_CACHE, else ~/.cache/comet.
/// The folder is created and checked for writing before any work starts; the run names it in its
/// summary line, and the embedding step reports chunks encoded / to encode, rate and ETA.
/// </summary>
internal static class EmbeddingCacheOption
{
    public const string Description =
        "Folder of the embedding cache (vectors of encoded text chunks, reused by every later run; a CI agent can persist it). "
        + "Default: $" + CacheFolders.EnvironmentVariable + ", else ~/.cache/comet. Vectors go to its 'embeddings' subfolder; trace and review also keep analysed text ('analysis') and LSI's vectors ('lsi') there. "
        + "Nothing is removed by itself: see and prune it with 'comet cache info' and 'comet cache prune'.";

    /// <summary>The embedding settings of a run: cache folder, and progress and summary lines on <paramref name="progress"/>.</summary>
    /// <exception cref="CometInputException">The folder cannot be created or written.</exception>
    /// <param name="cache">--cache, or null for the default folder.</param>
    /// <param name="progress">Where progress and summary lines go.</param>
    public static EmbeddingOptions Resolve(string? cache, ProgressReporter progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var folder = cache is null ? CacheFolders.DefaultEmbeddings() : Path.Combine(Path.GetFullPath(cache), "embeddings");
        if (cache is not null)
        {
            RequireWritable(folder, cache);
        }

        return new EmbeddingOptions
        {
            CacheFolder = folder,
            Log = progress.Line,
            Progress = (done, total) => progress.Count("encoding chunks", done, total),
        };
    }

    /// <summary>
    /// The cache root of a run (the folder above "embeddings"): trace and review keep analysed term lists
    /// and LSI's document vectors beside the vectors (DIR/analysis, DIR/lsi), under the same rules.
    /// </summary>
    public static string? Root(EmbeddingOptions embedding)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        return embedding.CacheFolder is { } folder ? Path.GetDirectoryName(folder) : null;
    }

    private static void RequireWritable(string folder, string given)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CometInputException($"--cache {given}: cannot write there ({e.Message})");
        }
    }
}

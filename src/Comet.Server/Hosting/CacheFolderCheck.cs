namespace Comet.Server.Hosting;

/// <summary>
/// Says at start-up where runs keep embedding vectors, analysed text and LSI's vectors ($COMET_CACHE, else
/// ~/.cache/comet of the service's user), and warns when that folder cannot be written: runs still complete
/// (each cache write that fails is skipped), but every run then encodes all its texts again, which on a cold
/// project is minutes, so an operator must hear of it before the first slow build.
/// </summary>
internal static class CacheFolderCheck
{
    /// <returns>Whether <paramref name="root"/> could be created and written.</returns>
    public static bool Report(string root, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $".write-check-{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            logger.LogInformation("Runs keep embedding vectors, analysed text and LSI vectors in {CacheFolder}", root);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            logger.LogWarning(
                "The cache folder {CacheFolder} cannot be written ({Reason}): runs complete, but each one encodes all its texts again; set COMET_CACHE to a writable folder",
                root, e.Message);
            return false;
        }
    }
}

using System.Collections.Frozen;

namespace Comet.Server.Review;

/// <summary>
/// The review page's files, embedded in the assembly (Review/Assets/*), so that the service binary
/// carries its own front end: no wwwroot to deploy, no build step, nothing fetched from a CDN.
/// </summary>
internal static class ReviewAssets
{
    public const string Page = "review.html";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    /// <summary>Names of every file, e.g. "review.js".</summary>
    public static IEnumerable<string> Names => Files.Keys;

    /// <summary>The file's bytes and content type, or null for a name that is not one of the page's files.</summary>
    public static (byte[] Bytes, string ContentType)? Find(string name) =>
        Files.TryGetValue(name, out var bytes) ? (bytes, ContentTypes[Path.GetExtension(name)]) : null;

    private static FrozenDictionary<string, byte[]> Load()
    {
        const string Prefix = "Comet.Server.Review.Assets.";
        var assembly = typeof(ReviewAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            if (!ContentTypes.ContainsKey(Path.GetExtension(name)))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = copy.ToArray();
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Comet.Core.Tests.Caching;

/// <summary>
/// A fresh cache folder under the system temp folder, deleted on dispose, with entries laid out as the
/// caches write them (a hash name in its two-letter shard) and a last use each test sets.
/// </summary>
internal sealed class CacheFolderFixture : IDisposable
{
    public CacheFolderFixture() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "comet-cache-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes an entry of <paramref name="bytes"/> bytes under <paramref name="kind"/>, last used at <paramref name="lastUseUtc"/>.</summary>
    public string Entry(string kind, string key, int bytes, DateTime lastUseUtc, string extension = ".bin")
    {
        var hash = Hash(key);
        var path = Path.Combine(Root, kind, hash[..2], hash + extension);
        return Write(path, bytes, lastUseUtc);
    }

    /// <summary>Writes any file at <paramref name="relative"/>, e.g. one that is not a cache entry.</summary>
    public string File(string relative, int bytes, DateTime lastUseUtc) => Write(Path.Combine(Root, relative), bytes, lastUseUtc);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Write(string path, int bytes, DateTime lastUseUtc)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, new byte[bytes]);
        System.IO.File.SetLastWriteTimeUtc(path, lastUseUtc);
        return path;
    }
}

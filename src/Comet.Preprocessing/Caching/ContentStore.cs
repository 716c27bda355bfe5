using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Comet.Core.Caching;

namespace Comet.Preprocessing.Caching;

/// <summary>
/// Byte payloads on disk keyed by content: <c>root/kind/ab/abcdef....bin</c>, where the key is the
/// SHA-256 of the caller's key text. The same rules as the embedding cache, so one cache folder can
/// be shared by several processes and deleted at any time: a writer writes a temporary file and renames
/// it over the final name (atomic on one file system), so a reader sees a whole file or none; two
/// writers of one key write the same bytes; a file that is unreadable, truncated or fails its
/// checksum counts as a miss and is rewritten by the next writer.
/// </summary>
/// <remarks>
/// File layout: magic "CMS1", payload length (int64 LE), payload, FNV-1a 64 (LE) of everything before
/// it. The checksum guards against damage (a torn copy, a full disk), not against tampering.
/// </remarks>
public sealed class ContentStore
{
    private const int HeaderBytes = 12;
    private const int ChecksumBytes = 8;

    private readonly string _folder;

    /// <param name="root">The cache folder (the CLI's --cache DIR, or $COMET_CACHE, or ~/.cache/comet).</param>
    /// <param name="kind">Subfolder of this kind of payload, e.g. "analysis" or "lsi".</param>
    public ContentStore(string root, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        _folder = Path.Combine(root, kind);
    }

    private static ReadOnlySpan<byte> Magic => "CMS1"u8;

    /// <summary>The file name a key maps to (SHA-256 of its UTF-8 bytes as lower-case hex).</summary>
    public string PathFor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(_folder, hash[..2], hash + ".bin");
    }

    /// <summary>The payload stored under <paramref name="key"/>, or null if there is none or it is damaged.</summary>
    public byte[]? TryGet(string key) => CacheFile.TryRead(PathFor(key)) is { } bytes ? Unwrap(bytes) : null;

    /// <summary>Stores a payload; a failure to write (read-only or full disk) only costs a later recomputation.</summary>
    public void Put(string key, ReadOnlySpan<byte> payload) => CacheFile.TryWrite(PathFor(key), Wrap(payload));

    internal static byte[] Wrap(ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[HeaderBytes + payload.Length + ChecksumBytes];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(4), payload.Length);
        payload.CopyTo(bytes.AsSpan(HeaderBytes));
        var body = bytes.Length - ChecksumBytes;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(body), Checksum(bytes.AsSpan(0, body)));
        return bytes;
    }

    internal static byte[]? Unwrap(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderBytes + ChecksumBytes || !bytes[..4].SequenceEqual(Magic))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes[4..]);
        if (length != bytes.Length - HeaderBytes - ChecksumBytes)
        {
            return null;
        }

        var body = bytes.Length - ChecksumBytes;
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes[body..]) == Checksum(bytes[..body])
            ? bytes[HeaderBytes..body].ToArray()
            : null;
    }

    /// <summary>FNV-1a 64 of the bytes.</summary>
    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}

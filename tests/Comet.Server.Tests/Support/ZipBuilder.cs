using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Comet.Server.Tests.Support;

/// <summary>Builds zip bodies in memory, including hostile ones (any entry name, any bytes).</summary>
public static class ZipBuilder
{
    public static ByteArrayContent Build(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }

    public static (string, byte[]) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    /// <summary>Rewrites the uncompressed size an entry's local and central headers state (a lying zip).</summary>
    public static void SetUncompressedSize(byte[] zip, string name, uint size)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var (sizeAt, nameAt) = signature switch
            {
                0x04034b50 => (i + 22, i + 30), // local file header
                0x02014b50 => (i + 24, i + 46), // central directory header
                _ => (-1, -1),
            };
            if (sizeAt >= 0 && zip.AsSpan(nameAt).StartsWith(nameBytes))
            {
                BitConverter.GetBytes(size).CopyTo(zip, sizeAt);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"found {patched} headers of {name}, expected 2");
        }
    }
}

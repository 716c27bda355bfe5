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
}

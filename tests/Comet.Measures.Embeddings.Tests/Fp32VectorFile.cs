using System.Buffers.Binary;
using Comet.Measures.Embeddings.Caching;

namespace Comet.Measures.Embeddings.Tests;

/// <summary>
/// Writes a cache file in the first format ("CMEV", fp32 values), as builds before the fp16 format
/// did, so tests can show such files are still read; the product itself only reads them.
/// </summary>
internal static class Fp32VectorFile
{
    public static byte[] Write(ReadOnlySpan<float> vector) => WithMagic("CMEV"u8, vector);

    /// <summary>The first format's layout under another magic, with a valid checksum: only the magic is wrong.</summary>
    public static byte[] WithMagic(ReadOnlySpan<byte> magic, ReadOnlySpan<float> vector)
    {
        var bytes = new byte[VectorFile.Fp32Length(vector.Length)];
        magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(8 + (4 * i)), vector[i]);
        }

        var body = bytes.Length - 8;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(body), VectorFile.Checksum(bytes.AsSpan(0, body)));
        return bytes;
    }
}

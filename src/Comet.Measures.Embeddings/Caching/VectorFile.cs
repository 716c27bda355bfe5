using System.Buffers.Binary;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// The bytes of one cached vector: magic "CME2", dimension count (int32 LE), the values as fp16 (LE),
/// and an FNV-1a 64 checksum (LE) of everything before it. fp16 because the precision study
/// (docs/benchmarks.md, "fp16 storage of cached vectors") found it changes no ranking materially at
/// half the bytes. Files of the first format ("CMEV", fp32 values, same layout otherwise) are still
/// read, rounded to fp16 as they are read, so they give exactly the vector a new file would.
/// <see cref="TryRead"/> rejects anything else (truncated, foreign, bit-flipped or non-finite), so a
/// damaged file is re-encoded, never used.
/// </summary>
internal static class VectorFile
{
    private const int HeaderBytes = 8;
    private const int ChecksumBytes = 8;

    private static ReadOnlySpan<byte> Magic => "CME2"u8;

    private static ReadOnlySpan<byte> Fp32Magic => "CMEV"u8;

    public static int Length(int dimensions) => HeaderBytes + (2 * dimensions) + ChecksumBytes;

    /// <summary>The length of a first-format (fp32) file, which is only ever read.</summary>
    public static int Fp32Length(int dimensions) => HeaderBytes + (4 * dimensions) + ChecksumBytes;

    public static byte[] Write(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[Length(vector.Length)];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(HeaderBytes + (2 * i)), (Half)vector[i]);
        }

        var body = bytes.Length - ChecksumBytes;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(body), Checksum(bytes.AsSpan(0, body)));
        return bytes;
    }

    public static float[]? TryRead(ReadOnlySpan<byte> bytes, int dimensions)
    {
        if (bytes.Length < 4)
        {
            return null;
        }

        if (bytes[..4].SequenceEqual(Magic))
        {
            return TryReadValues(bytes, dimensions, Length(dimensions), 2, static b => (float)BinaryPrimitives.ReadHalfLittleEndian(b));
        }

        if (bytes[..4].SequenceEqual(Fp32Magic))
        {
            return TryReadValues(bytes, dimensions, Fp32Length(dimensions), 4, static b => StoredPrecision.Round(BinaryPrimitives.ReadSingleLittleEndian(b)));
        }

        return null;
    }

    /// <summary>FNV-1a 64 of the bytes: a check against damage, not against tampering.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    private delegate float ValueReader(ReadOnlySpan<byte> bytes);

    private static float[]? TryReadValues(ReadOnlySpan<byte> bytes, int dimensions, int length, int valueBytes, ValueReader read)
    {
        if (bytes.Length != length || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != dimensions)
        {
            return null;
        }

        var body = bytes.Length - ChecksumBytes;
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes[body..]) != Checksum(bytes[..body]))
        {
            return null;
        }

        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            // Checked after rounding: an fp32 value beyond fp16's range would become infinite.
            vector[i] = read(bytes[(HeaderBytes + (valueBytes * i))..]);
            if (!float.IsFinite(vector[i]))
            {
                return null;
            }
        }

        return vector;
    }
}

using System.Buffers.Binary;

namespace Comet.Measures.Embeddings.Caching;

/// <summary>
/// The bytes of one cached vector: magic "CMEV", dimension count (int32 LE), the floats (LE), and
/// an FNV-1a 64 checksum (LE) of everything before it. <see cref="TryRead"/> rejects anything else
/// (truncated, foreign, bit-flipped or non-finite), so a damaged file is re-encoded, never used.
/// </summary>
internal static class VectorFile
{
    private static ReadOnlySpan<byte> Magic => "CMEV"u8;

    public static int Length(int dimensions) => 4 + 4 + (4 * dimensions) + 8;

    public static byte[] Write(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[Length(vector.Length)];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(8 + (4 * i)), vector[i]);
        }

        var body = bytes.Length - 8;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(body), Fnv1a(bytes.AsSpan(0, body)));
        return bytes;
    }

    public static float[]? TryRead(ReadOnlySpan<byte> bytes, int dimensions)
    {
        if (bytes.Length != Length(dimensions)
            || !bytes[..4].SequenceEqual(Magic)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != dimensions)
        {
            return null;
        }

        var body = bytes.Length - 8;
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes[body..]) != Fnv1a(bytes[..body]))
        {
            return null;
        }

        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(8 + (4 * i))..]);
            if (!float.IsFinite(vector[i]))
            {
                return null;
            }
        }

        return vector;
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}

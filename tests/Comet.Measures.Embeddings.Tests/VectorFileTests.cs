using Comet.Measures.Embeddings.Caching;

namespace Comet.Measures.Embeddings.Tests;

public class VectorFileTests
{
    private static readonly float[] Vector = [0.6f, -0.8f, 0f, 1e-7f];

    [Fact]
    public void TryRead_WrittenBytes_GivesTheSameVector()
    {
        Assert.Equal(Vector, VectorFile.TryRead(VectorFile.Write(Vector), 4));
    }

    [Fact]
    public void TryRead_FlippedBit_IsRejected()
    {
        var bytes = VectorFile.Write(Vector);
        bytes[10] ^= 0x04;

        Assert.Null(VectorFile.TryRead(bytes, 4));
    }

    [Fact]
    public void TryRead_TruncatedOrOtherDimension_IsRejected()
    {
        var bytes = VectorFile.Write(Vector);

        Assert.Null(VectorFile.TryRead(bytes.AsSpan(0, bytes.Length - 1), 4));
        Assert.Null(VectorFile.TryRead(bytes, 5));
        Assert.Null(VectorFile.TryRead([], 4));
    }

    [Fact]
    public void TryRead_NonFiniteValue_IsRejected()
    {
        Assert.Null(VectorFile.TryRead(VectorFile.Write([0.5f, float.NaN, 0f, 0f]), 4));
    }
}

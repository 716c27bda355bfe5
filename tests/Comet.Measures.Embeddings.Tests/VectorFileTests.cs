using Comet.Measures.Embeddings.Caching;

namespace Comet.Measures.Embeddings.Tests;

public class VectorFileTests
{
    // 0.6 and 1e-7 are not fp16 values (1e-7 is below fp16's normal range): they show the rounding.
    private static readonly float[] Vector = [0.6f, -0.8f, 0f, 1e-7f];

    private static readonly float[] Rounded = [.. Vector.Select(x => (float)(Half)x)];

    [Fact]
    public void TryRead_WrittenBytes_GivesTheVectorRoundedToFp16()
    {
        Assert.Equal(Rounded, VectorFile.TryRead(VectorFile.Write(Vector), 4));
        Assert.NotEqual(Vector, Rounded);
    }

    [Fact]
    public void TryRead_WrittenFp16Vector_GivesItBackBitForBit()
    {
        Assert.Equal(Bits(Rounded), Bits(VectorFile.TryRead(VectorFile.Write(Rounded), 4)!));
    }

    [Fact]
    public void Write_StoresTwoBytesPerValueUnderTheNewMagic()
    {
        var bytes = VectorFile.Write(new float[384]);

        Assert.Equal(784, bytes.Length);
        Assert.Equal(1552, VectorFile.Fp32Length(384));
        Assert.Equal("CME2"u8.ToArray(), bytes[..4]);
    }

    [Fact]
    public void TryRead_Fp32File_GivesTheSameVectorAsTheFp16Format()
    {
        var fromFp32 = VectorFile.TryRead(Fp32VectorFile.Write(Vector), 4);

        Assert.Equal(Bits(VectorFile.TryRead(VectorFile.Write(Vector), 4)!), Bits(fromFp32!));
    }

    [Fact]
    public void TryRead_FlippedBit_IsRejected()
    {
        var bytes = VectorFile.Write(Vector);
        bytes[10] ^= 0x04;
        var fp32 = Fp32VectorFile.Write(Vector);
        fp32[10] ^= 0x04;

        Assert.Null(VectorFile.TryRead(bytes, 4));
        Assert.Null(VectorFile.TryRead(fp32, 4));
    }

    [Fact]
    public void TryRead_TruncatedOrOtherDimension_IsRejected()
    {
        var bytes = VectorFile.Write(Vector);
        var fp32 = Fp32VectorFile.Write(Vector);

        Assert.Null(VectorFile.TryRead(bytes.AsSpan(0, bytes.Length - 1), 4));
        Assert.Null(VectorFile.TryRead(bytes, 5));
        Assert.Null(VectorFile.TryRead(fp32.AsSpan(0, fp32.Length - 1), 4));
        Assert.Null(VectorFile.TryRead(fp32, 5));
        Assert.Null(VectorFile.TryRead(bytes.AsSpan(0, 3), 4));
        Assert.Null(VectorFile.TryRead([], 4));
    }

    [Fact]
    public void TryRead_FormatsLengthUnderTheOtherMagic_IsRejected()
    {
        // An fp16 body labelled fp32 (or the reverse) has the wrong length for its magic.
        var bytes = VectorFile.Write(new float[8]);
        "CMEV"u8.CopyTo(bytes);

        Assert.Null(VectorFile.TryRead(bytes, 4));
        Assert.Null(VectorFile.TryRead(bytes, 8));
    }

    [Fact]
    public void TryRead_ForeignMagic_IsRejectedEvenWithAValidChecksum()
    {
        Assert.Null(VectorFile.TryRead(Fp32VectorFile.WithMagic("XXXX"u8, Vector), 4));
    }

    [Fact]
    public void TryRead_NonFiniteValue_IsRejected()
    {
        Assert.Null(VectorFile.TryRead(VectorFile.Write([0.5f, float.NaN, 0f, 0f]), 4));
        Assert.Null(VectorFile.TryRead(VectorFile.Write([0.5f, float.PositiveInfinity, 0f, 0f]), 4));
        Assert.Null(VectorFile.TryRead(Fp32VectorFile.Write([0.5f, float.NaN, 0f, 0f]), 4));
    }

    [Fact]
    public void TryRead_ValueBeyondFp16Range_IsRejected()
    {
        // Finite in fp32, infinite once rounded to fp16 (largest fp16 value: 65504).
        Assert.Null(VectorFile.TryRead(VectorFile.Write([1e5f, 0f, 0f, 0f]), 4));
        Assert.Null(VectorFile.TryRead(Fp32VectorFile.Write([1e5f, 0f, 0f, 0f]), 4));
    }

    private static int[] Bits(float[] vector) => [.. vector.Select(BitConverter.SingleToInt32Bits)];
}

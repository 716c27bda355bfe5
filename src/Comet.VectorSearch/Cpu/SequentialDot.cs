namespace Comet.VectorSearch.Cpu;

/// <summary>
/// Scalar dot product with the exact arithmetic of the blocked kernel (one fused multiply-add per
/// dimension, ascending), so a score recomputed here equals the blocked kernel's bit for bit.
/// </summary>
internal static class SequentialDot
{
    public static float Compute(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum = MathF.FusedMultiplyAdd(a[d], b[d], sum);
        }

        return sum;
    }
}

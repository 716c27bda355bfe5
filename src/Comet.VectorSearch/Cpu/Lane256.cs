using System.Runtime.Intrinsics;

namespace Comet.VectorSearch.Cpu;

/// <summary>AVX2 (or any 256-bit SIMD): 8 floats per register.</summary>
internal readonly unsafe struct Lane256 : ISimdLane<Vector256<float>>
{
    public static int Width => Vector256<float>.Count;

    public static Vector256<float> Zero => Vector256<float>.Zero;

    public static Vector256<float> Load(float* source) => Vector256.Load(source);

    public static Vector256<float> Broadcast(float value) => Vector256.Create(value);

    public static Vector256<float> MultiplyAdd(Vector256<float> a, Vector256<float> b, Vector256<float> c) =>
        Vector256.FusedMultiplyAdd(a, b, c);

    public static void Store(Vector256<float> value, float* destination) => value.Store(destination);
}

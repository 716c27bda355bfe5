using System.Runtime.Intrinsics;

namespace Comet.VectorSearch.Cpu;

/// <summary>AVX-512: 16 floats per register.</summary>
internal readonly unsafe struct Lane512 : ISimdLane<Vector512<float>>
{
    public static int Width => Vector512<float>.Count;

    public static Vector512<float> Zero => Vector512<float>.Zero;

    public static Vector512<float> Load(float* source) => Vector512.Load(source);

    public static Vector512<float> Broadcast(float value) => Vector512.Create(value);

    public static Vector512<float> MultiplyAdd(Vector512<float> a, Vector512<float> b, Vector512<float> c) =>
        Vector512.FusedMultiplyAdd(a, b, c);

    public static void Store(Vector512<float> value, float* destination) => value.Store(destination);
}

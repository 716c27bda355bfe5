using System.Runtime.Intrinsics;

namespace Comet.VectorSearch.Cpu;

/// <summary>SSE / NEON: 4 floats per register; the fallback.</summary>
internal readonly unsafe struct Lane128 : ISimdLane<Vector128<float>>
{
    public static int Width => Vector128<float>.Count;

    public static Vector128<float> Zero => Vector128<float>.Zero;

    public static Vector128<float> Load(float* source) => Vector128.Load(source);

    public static Vector128<float> Broadcast(float value) => Vector128.Create(value);

    public static Vector128<float> MultiplyAdd(Vector128<float> a, Vector128<float> b, Vector128<float> c) =>
        Vector128.FusedMultiplyAdd(a, b, c);

    public static void Store(Vector128<float> value, float* destination) => value.Store(destination);
}

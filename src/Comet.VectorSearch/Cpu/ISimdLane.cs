using System.Runtime.Intrinsics;

namespace Comet.VectorSearch.Cpu;

/// <summary>
/// The few vector operations the blocked kernel needs, abstracted over register width so one
/// generic kernel serves AVX-512, AVX2 and 128-bit machines. Implemented by empty structs: the JIT
/// specialises the generic kernel per struct and inlines every call, so the abstraction is free.
/// </summary>
internal unsafe interface ISimdLane<TVector>
    where TVector : struct
{
    static abstract int Width { get; }

    static abstract TVector Zero { get; }

    static abstract TVector Load(float* source);

    static abstract TVector Broadcast(float value);

    /// <summary><c>a * b + c</c>, fused where the hardware has FMA.</summary>
    static abstract TVector MultiplyAdd(TVector a, TVector b, TVector c);

    static abstract void Store(TVector value, float* destination);
}

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

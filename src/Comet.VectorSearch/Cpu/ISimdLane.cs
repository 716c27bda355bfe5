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

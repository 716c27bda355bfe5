namespace Comet.VectorSearch.Cpu;

/// <summary>How <see cref="CpuExactSearch"/> computes dot products.</summary>
public enum CpuKernel
{
    /// <summary>
    /// Register-blocked panels (6 queries x 2 registers of corpus rows per step); the default,
    /// because it measured several times faster than <see cref="PairwiseDot"/> (docs/benchmarks.md).
    /// </summary>
    Blocked,

    /// <summary>One <c>TensorPrimitives.Dot</c> per (query, corpus row) pair; kept as a baseline.</summary>
    PairwiseDot,
}

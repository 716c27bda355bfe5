namespace Comet.VectorSearch.Gpu;

/// <summary>Which ILGPU kernel computes the query x corpus dot products.</summary>
public enum GpuScoreKernel
{
    /// <summary>
    /// 64 x 64 output tiles per group of 16 x 16 threads; query and corpus slices staged in
    /// shared memory, 4 x 4 outputs per thread held in registers. The default.
    /// </summary>
    Tiled,

    /// <summary>One thread per output, reading both vectors from global memory: the reference.</summary>
    Simple,
}

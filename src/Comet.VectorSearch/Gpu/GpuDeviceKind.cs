namespace Comet.VectorSearch.Gpu;

/// <summary>Which ILGPU accelerator runs the kernels.</summary>
public enum GpuDeviceKind
{
    /// <summary>The first CUDA device.</summary>
    Cuda,

    /// <summary>
    /// ILGPU's CPU accelerator, which runs the same kernels (groups, shared memory, barriers)
    /// on CPU threads: slow, but lets machines without a GPU test the kernels.
    /// </summary>
    IlgpuCpu,
}

namespace Comet.VectorSearch.Gpu;

/// <summary>Settings of <see cref="GpuExactSearch"/>. Immutable; defaults suit production use.</summary>
public sealed record GpuSearchOptions
{
    /// <summary>Default <see cref="GpuDeviceKind.Cuda"/>.</summary>
    public GpuDeviceKind Device { get; init; } = GpuDeviceKind.Cuda;

    /// <summary>Default <see cref="GpuScoreKernel.Tiled"/>.</summary>
    public GpuScoreKernel Kernel { get; init; } = GpuScoreKernel.Tiled;

    /// <summary>Default <see cref="GpuSelection.Device"/>; k above <see cref="GpuExactSearch.MaxDeviceK"/> uses Host.</summary>
    public GpuSelection Selection { get; init; } = GpuSelection.Device;

    /// <summary>
    /// Upper bound on the device buffer holding one chunk of queries x corpus scores; default
    /// 256 MiB. Queries are processed in chunks so any query count fits.
    /// </summary>
    public long MaxScoreChunkBytes { get; init; } = 256L << 20;
}

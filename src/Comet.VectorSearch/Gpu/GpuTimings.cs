namespace Comet.VectorSearch.Gpu;

/// <summary>
/// Where the last <see cref="GpuExactSearch.TopK"/> call spent its time, each phase measured on the
/// host clock after synchronising the device. <see cref="Kernels"/> is the time excluding transfers.
/// </summary>
public sealed record GpuTimings(TimeSpan Upload, TimeSpan Kernels, TimeSpan Download, TimeSpan HostSelect)
{
    public static GpuTimings Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => Upload + Kernels + Download + HostSelect;
}

using Comet.VectorSearch.Cpu;
using Comet.VectorSearch.Gpu;

namespace Comet.VectorSearch;

/// <summary>
/// Picks the exact back-end: the GPU when ILGPU finds a CUDA device and it initialises, otherwise
/// the CPU. Reports the choice (and any GPU failure) as exactly one line through <c>log</c>.
/// </summary>
public static class VectorSearchFactory
{
    public static IVectorSearch Create(
        VectorCorpus corpus,
        Action<string>? log = null,
        CpuSearchOptions? cpuOptions = null,
        GpuSearchOptions? gpuOptions = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        string? gpuFailure = null;
        try
        {
            if (IlgpuDevices.HasCudaDevice())
            {
                var gpu = GpuExactSearch.Create(corpus, (gpuOptions ?? new GpuSearchOptions()) with { Device = GpuDeviceKind.Cuda });
                log?.Invoke($"vector search back-end: {gpu.BackendName}");
                return gpu;
            }
        }
#pragma warning disable CA1031 // Any GPU failure (driver, PTX JIT, out of memory) must degrade to the CPU, not crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            gpuFailure = $"{exception.GetType().Name}: {exception.Message}";
        }

        var cpu = new CpuExactSearch(corpus, cpuOptions);
        log?.Invoke(gpuFailure is null
            ? $"vector search back-end: {cpu.BackendName} (no CUDA device)"
            : $"vector search back-end: {cpu.BackendName} (CUDA failed: {gpuFailure})");
        return cpu;
    }
}

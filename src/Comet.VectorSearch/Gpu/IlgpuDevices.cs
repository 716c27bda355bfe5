using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Comet.VectorSearch.Gpu;

/// <summary>Creates ILGPU contexts for a device kind and describes what ILGPU can see.</summary>
public static class IlgpuDevices
{
    /// <summary>One line per device ILGPU finds (CUDA and CPU), e.g. "Cuda: NVIDIA H100 80GB HBM3".</summary>
    public static IReadOnlyList<string> Describe()
    {
        CudaDriverLocator.EnsureRegistered();
        using var context = Context.Create(builder => builder.Cuda().CPU());
        return context.Devices.Select(Describe).ToList();
    }

    /// <summary>True when ILGPU finds at least one CUDA device (false, not an exception, when CUDA is absent).</summary>
    public static bool HasCudaDevice()
    {
        CudaDriverLocator.EnsureRegistered();
        using var context = Context.Create(builder => builder.Cuda());
        return context.GetCudaDevices().Count > 0;
    }

    /// <summary>A context holding only the requested kind, and the device to use from it.</summary>
    internal static (Context Context, Device Device) Open(GpuDeviceKind kind)
    {
        if (kind == GpuDeviceKind.IlgpuCpu)
        {
            // The "Nvidia" CPU device emulates 32-wide warps and 1024-thread groups, so the
            // kernels run with the same group shapes as on a real GPU.
            var cpuContext = Context.Create(builder => builder.CPU(CPUDeviceKind.Nvidia));
            return (cpuContext, cpuContext.GetCPUDevice(0));
        }

        CudaDriverLocator.EnsureRegistered();
        var context = Context.Create(builder => builder.Cuda());
        if (context.GetCudaDevices().Count == 0)
        {
            context.Dispose();
            throw new InvalidOperationException("ILGPU found no CUDA device.");
        }

        return (context, context.GetCudaDevice(0));
    }

    private static string Describe(Device device)
    {
        var line = $"{device.AcceleratorType}: {device.Name} (max {device.MaxNumThreadsPerGroup} threads/group)";
        return device is CudaDevice cuda
            ? $"{line}, {cuda.Architecture}, PTX {cuda.InstructionSet}, driver {cuda.DriverVersion}, {cuda.MemorySize >> 20} MiB"
            : line;
    }
}

using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Comet.VectorSearch.Gpu;

/// <summary>
/// ILGPU imports the CUDA driver as "cuda", which .NET probes as libcuda.so. Container runtimes
/// often mount only the versioned libcuda.so.1 (the unversioned name ships with the developer
/// toolkit), and then ILGPU silently sees no GPU. This fallback, consulted only after normal probing
/// failed, loads the versioned name instead.
/// </summary>
internal static class CudaDriverLocator
{
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            AssemblyLoadContext.Default.ResolvingUnmanagedDll += Resolve;
        }
    }

    private static IntPtr Resolve(Assembly assembly, string libraryName)
    {
        if (!OperatingSystem.IsLinux() || libraryName is not ("cuda" or "libcuda" or "libcuda.so"))
        {
            return IntPtr.Zero;
        }

        return NativeLibrary.TryLoad("libcuda.so.1", out var handle) ? handle : IntPtr.Zero;
    }
}

using Comet.VectorSearch;
using Comet.VectorSearch.Gpu;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>
/// GPU exact top-k through ILGPU/CUDA for each kernel and selection choice: time including the
/// query upload and result download (the corpus is uploaded once, reported separately) and
/// excluding transfers (kernels only), the ratio to the CPU exact run of this process, and
/// agreement with the CPU result.
/// </summary>
internal static class GpuSection
{
    private static readonly (GpuScoreKernel Kernel, GpuSelection Selection)[] Configurations =
    [
        (GpuScoreKernel.Tiled, GpuSelection.Device),
        (GpuScoreKernel.Simple, GpuSelection.Device),
        (GpuScoreKernel.Tiled, GpuSelection.Host),
    ];

    public static void Run(BenchmarkArguments arguments, BenchmarkData data, TopKResult? exact, double cpuPairsPerSecond)
    {
        Report.Section("GPU exact top-k (ILGPU)");
        var device = arguments.IlgpuCpu ? GpuDeviceKind.IlgpuCpu : GpuDeviceKind.Cuda;
        if (device == GpuDeviceKind.Cuda)
        {
            using (VectorSearchFactory.Create(data.Corpus, line => Report.Line($"factory: {line}")))
            {
            }

            if (!IlgpuDevices.HasCudaDevice())
            {
                Report.Line($"no CUDA device: GPU numbers skipped");
                return;
            }
        }

        foreach (var (kernel, selection) in Configurations)
        {
            try
            {
                Measure(arguments, data, exact, cpuPairsPerSecond, device, kernel, selection);
            }
#pragma warning disable CA1031 // The benchmark must report a failing configuration and go on to the next.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Report.Line($"{kernel}/{selection} FAILED: {exception}");
            }
        }
    }

    private static void Measure(
        BenchmarkArguments arguments,
        BenchmarkData data,
        TopKResult? exact,
        double cpuPairsPerSecond,
        GpuDeviceKind device,
        GpuScoreKernel kernel,
        GpuSelection selection)
    {
        using var gpu = GpuExactSearch.Create(data.Corpus, new GpuSearchOptions { Device = device, Kernel = kernel, Selection = selection });
        gpu.TopK(data.FirstQueries(128), arguments.K); // warm-up: compiles the kernels (PTX JIT)
        Report.Line($"{gpu.BackendName}: corpus upload {gpu.CorpusUploadTime.TotalMilliseconds:F1} ms");
        TopKResult? result = null;
        for (var repeat = 1; repeat <= 2; repeat++)
        {
            var (found, elapsed) = Report.Time(() => gpu.TopK(data.Queries, arguments.K));
            result = found;
            var timings = gpu.LastTimings;
            var including = arguments.Pairs / elapsed.TotalSeconds;
            var excluding = arguments.Pairs / timings.Kernels.TotalSeconds;
            Report.Line($"  run {repeat}: {elapsed.TotalMilliseconds:F1} ms incl. transfers ({Report.Rate(including)} pairs/s), kernels {timings.Kernels.TotalMilliseconds:F1} ms excl. transfers ({Report.Rate(excluding)} pairs/s, {arguments.Flops / timings.Kernels.TotalSeconds / 1e12:F2} TFLOP/s)");
            Report.Line($"         upload {timings.Upload.TotalMilliseconds:F1} ms, download {timings.Download.TotalMilliseconds:F1} ms, host select {timings.HostSelect.TotalMilliseconds:F1} ms; GPU/CPU = {including / cpuPairsPerSecond:F1}x incl., {excluding / cpuPairsPerSecond:F1}x excl.");
        }

        if (exact is not null && result is not null)
        {
            Report.Line($"  agreement with CPU exact: {Agreement(exact, result)}");
        }
    }

    private static string Agreement(TopKResult exact, TopKResult gpu)
    {
        var samePosition = 0;
        double maxDifference = 0;
        for (var i = 0; i < exact.All.Length; i++)
        {
            samePosition += exact.All[i].Index == gpu.All[i].Index ? 1 : 0;
            maxDifference = Math.Max(maxDifference, Math.Abs(exact.All[i].Score - gpu.All[i].Score));
        }

        return FormattableString.Invariant(
            $"{100.0 * samePosition / exact.All.Length:F3} % same index at same rank, recall@k {Recall.AtK(exact, gpu):F4}, max |score diff| {maxDifference:E1}");
    }
}

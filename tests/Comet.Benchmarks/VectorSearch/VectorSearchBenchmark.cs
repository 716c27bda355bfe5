using System.Runtime.InteropServices;
using Comet.VectorSearch.Gpu;

namespace Comet.Benchmarks.VectorSearch;

/// <summary>
/// <c>vector-search [--queries N] [--corpus M] [--dim D] [--k K] [--quick] [--skip-cpu] [--skip-hnsw] [--skip-gpu]</c>:
/// prints exact CPU, HNSW and GPU top-k numbers on seeded random unit vectors.
/// </summary>
internal static class VectorSearchBenchmark
{
    public static int Run(string[] args)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var peak = MachinePeak.Detect();
        Report.Line($"vector-search benchmark: {arguments.Queries} queries x {arguments.Corpus} corpus x {arguments.Dimensions} dims, top-{arguments.K}, seed {arguments.Seed}");
        Report.Line($"machine: {peak.CpuModel}, {peak.LogicalCpus} logical CPUs, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        PrintDevices();

        var (data, generation) = Report.Time(() => new BenchmarkData(arguments));
        Report.Line($"data generated in {generation.TotalSeconds:F1} s");

        var (exact, cpuRate) = arguments.SkipCpu ? (null, double.NaN) : CpuSection.Run(arguments, data, peak);
        if (!arguments.SkipHnsw && exact is not null)
        {
            HnswSection.Run(arguments, data, exact);
        }

        if (!arguments.SkipGpu)
        {
            GpuSection.Run(arguments, data, exact, cpuRate);
        }

        return 0;
    }

    /// <summary>ILGPU's device list, or the exception that stopped ILGPU from listing devices.</summary>
    private static void PrintDevices()
    {
        try
        {
            foreach (var device in IlgpuDevices.Describe())
            {
                Report.Line($"ILGPU device: {device}");
            }
        }
#pragma warning disable CA1031 // A broken CUDA install must be reported, not end the benchmark.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Report.Line($"ILGPU device listing FAILED: {exception}");
        }
    }
}

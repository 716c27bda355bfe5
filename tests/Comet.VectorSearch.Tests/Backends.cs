using Comet.VectorSearch.Cpu;
using Comet.VectorSearch.Gpu;
using Comet.VectorSearch.Hnsw;

namespace Comet.VectorSearch.Tests;

/// <summary>Every back-end configuration, by name, so one contract test runs over all of them.</summary>
internal static class Backends
{
    public static readonly string[] Exact =
    [
        "cpu-blocked",
        "cpu-blocked-128",
        "cpu-pairwise",
        "gpu-tiled-device",
        "gpu-simple-device",
        "gpu-tiled-host",
    ];

    public static TheoryData<string> ExactNames() => [.. Exact];

    public static TheoryData<string> AllNames() => [.. Exact, "hnsw"];

    public static IVectorSearch Create(string name, VectorCorpus corpus) => name switch
    {
        "cpu-blocked" => new CpuExactSearch(corpus, new CpuSearchOptions { MaxThreads = 2 }),
        "cpu-blocked-128" => new CpuExactSearch(corpus, new CpuSearchOptions { MaxThreads = 1, Width = SimdWidth.Bits128 }),
        "cpu-pairwise" => new CpuExactSearch(corpus, new CpuSearchOptions { Kernel = CpuKernel.PairwiseDot }),
        "gpu-tiled-device" => Gpu(corpus, GpuScoreKernel.Tiled, GpuSelection.Device),
        "gpu-simple-device" => Gpu(corpus, GpuScoreKernel.Simple, GpuSelection.Device),
        "gpu-tiled-host" => Gpu(corpus, GpuScoreKernel.Tiled, GpuSelection.Host),

        // Search expansion far above the corpus size makes the graph search exhaustive.
        "hnsw" => new HnswSearch(corpus, new HnswSettings { ExpansionSearch = 512, ExpansionAdd = 256 }),
        _ => throw new ArgumentException($"Unknown back-end {name}.", nameof(name)),
    };

    /// <summary>The GPU kernels on ILGPU's CPU accelerator, with a small chunk so several chunks run.</summary>
    public static GpuExactSearch Gpu(VectorCorpus corpus, GpuScoreKernel kernel, GpuSelection selection) =>
        GpuExactSearch.Create(corpus, new GpuSearchOptions
        {
            Device = GpuDeviceKind.IlgpuCpu,
            Kernel = kernel,
            Selection = selection,
            MaxScoreChunkBytes = 64L * 4 * corpus.Count,
        });
}

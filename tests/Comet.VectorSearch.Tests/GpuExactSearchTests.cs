using Comet.VectorSearch.Cpu;
using Comet.VectorSearch.Gpu;

namespace Comet.VectorSearch.Tests;

/// <summary>
/// The GPU kernels run on ILGPU's CPU accelerator (no GPU needed) and must agree with the CPU
/// exact back-end: same top-k indices, scores within 1e-4.
/// </summary>
public class GpuExactSearchTests
{
    private const int Dimensions = 72;
    private static readonly VectorCorpus Corpus = RandomVectors.Corpus(300, Dimensions, seed: 31);

    [Theory]
    [InlineData(GpuScoreKernel.Tiled, GpuSelection.Device, 10)]
    [InlineData(GpuScoreKernel.Simple, GpuSelection.Device, 10)]
    [InlineData(GpuScoreKernel.Tiled, GpuSelection.Host, 10)]
    [InlineData(GpuScoreKernel.Tiled, GpuSelection.Device, GpuExactSearch.MaxDeviceK)]
    [InlineData(GpuScoreKernel.Tiled, GpuSelection.Device, GpuExactSearch.MaxDeviceK + 8)] // falls back to host selection
    public void TopK_IlgpuCpuAccelerator_MatchesCpuExact(GpuScoreKernel kernel, GpuSelection selection, int k)
    {
        var queries = RandomVectors.Unit(130, Dimensions, seed: 32);
        using var cpu = new CpuExactSearch(Corpus);
        using var gpu = Backends.Gpu(Corpus, kernel, selection);

        ResultAssert.SameNeighbors(cpu.TopK(queries, k), gpu.TopK(queries, k), tolerance: 1e-4);
    }

    [Fact]
    public void FullMatrix_IlgpuCpuAccelerator_MatchesCpuExactWithin1e4()
    {
        var queries = RandomVectors.Unit(70, Dimensions, seed: 33);
        using var cpu = new CpuExactSearch(Corpus);
        using var gpu = Backends.Gpu(Corpus, GpuScoreKernel.Tiled, GpuSelection.Device);

        var expected = cpu.FullMatrix(queries).Values.ToArray();
        var actual = gpu.FullMatrix(queries).Values.ToArray();

        Assert.Equal(expected.Length, actual.Length);
        Assert.All(expected.Zip(actual), pair => Assert.InRange(pair.Second, pair.First - 1e-4f, pair.First + 1e-4f));
    }

    [Fact]
    public void TopK_AfterCall_ReportsKernelTimeAndUpload()
    {
        using var gpu = Backends.Gpu(Corpus, GpuScoreKernel.Tiled, GpuSelection.Device);

        gpu.TopK(RandomVectors.Unit(5, Dimensions, seed: 34), 3);

        Assert.True(gpu.LastTimings.Kernels > TimeSpan.Zero);
        Assert.True(gpu.LastTimings.Total >= gpu.LastTimings.Kernels);
        Assert.Contains("CPU", gpu.BackendName, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ChunkSmallerThanOneRow_ThrowsArgumentOutOfRange()
    {
        var options = new GpuSearchOptions { Device = GpuDeviceKind.IlgpuCpu, MaxScoreChunkBytes = 16 };

        Assert.Throws<ArgumentOutOfRangeException>(() => GpuExactSearch.Create(Corpus, options));
    }
}

using Comet.VectorSearch.Cpu;
using Comet.VectorSearch.Gpu;

namespace Comet.VectorSearch.Tests;

public class VectorSearchFactoryTests
{
    [Fact]
    public void Create_AnyMachine_PicksGpuExactlyWhenCudaExistsAndLogsOneLine()
    {
        var corpus = RandomVectors.Corpus(10, 8, seed: 51);
        var lines = new List<string>();

        using var search = VectorSearchFactory.Create(corpus, lines.Add);

        var line = Assert.Single(lines);
        Assert.StartsWith("vector search back-end: ", line, StringComparison.Ordinal);
        if (IlgpuDevices.HasCudaDevice())
        {
            Assert.IsType<GpuExactSearch>(search);
        }
        else
        {
            Assert.IsType<CpuExactSearch>(search);
            Assert.Contains("no CUDA device", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Describe_AnyMachine_ListsAtLeastTheCpuDevice()
    {
        var devices = IlgpuDevices.Describe();

        Assert.Contains(devices, line => line.StartsWith("CPU:", StringComparison.Ordinal));
    }
}

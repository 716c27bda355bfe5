namespace Comet.VectorSearch.Cpu;

/// <summary>Settings of <see cref="CpuExactSearch"/>. Immutable; defaults suit production use.</summary>
public sealed record CpuSearchOptions
{
    /// <summary>Worker threads; default (null) = <see cref="Environment.ProcessorCount"/>.</summary>
    public int? MaxThreads { get; init; }

    /// <summary>Default <see cref="CpuKernel.Blocked"/>.</summary>
    public CpuKernel Kernel { get; init; } = CpuKernel.Blocked;

    /// <summary>Default <see cref="SimdWidth.Auto"/>; forcing a width is meant for tests.</summary>
    public SimdWidth Width { get; init; } = SimdWidth.Auto;

    internal int ResolveThreads()
    {
        if (MaxThreads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(MaxThreads));
            return threads;
        }

        return Environment.ProcessorCount;
    }
}

namespace Comet.VectorSearch.Hnsw;

/// <summary>
/// USearch HNSW graph settings. Higher values raise recall and cost; the defaults (16 / 128 / 64)
/// are USearch's own defaults.
/// </summary>
public sealed record HnswSettings
{
    /// <summary>Graph edges per node (HNSW's M). Default 16.</summary>
    public int Connectivity { get; init; } = 16;

    /// <summary>Candidate list size while inserting (efConstruction). Default 128.</summary>
    public int ExpansionAdd { get; init; } = 128;

    /// <summary>Candidate list size while searching (ef). Default 64; raised to k when k is larger.</summary>
    public int ExpansionSearch { get; init; } = 64;

    /// <summary>Threads for parallel queries; default (null) = processor count.</summary>
    public int? MaxThreads { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Connectivity, 2, nameof(Connectivity));
        ArgumentOutOfRangeException.ThrowIfLessThan(ExpansionAdd, 1, nameof(ExpansionAdd));
        ArgumentOutOfRangeException.ThrowIfLessThan(ExpansionSearch, 1, nameof(ExpansionSearch));
        if (MaxThreads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(MaxThreads));
        }
    }
}

namespace Comet.Measures.Topics;

/// <summary>
/// Settings of the NMF measure. Defaults: 60 topics, at most 500 updates, 1e-4 relative loss change.
/// COMET used 30 topics; on the 15 core tasks 60 gave AP / MAP 31.0-32.3 / 49.0-50.0 (mean over tasks,
/// seeds 42-44) against 29.2-29.8 / 45.3-45.5 for 30, and 100 gave no more (docs/benchmarks.md).
/// </summary>
public sealed record NmfOptions
{
    /// <summary>Number of topics; capped at the number of documents and of terms.</summary>
    public int Topics { get; init; } = 60;

    /// <summary>Upper bound on multiplicative update rounds (each updates H, then W).</summary>
    public int MaxIterations { get; init; } = 500;

    /// <summary>Stop when the loss falls by less than this fraction over 10 rounds.</summary>
    public double Tolerance { get; init; } = 1e-4;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Topics, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Tolerance);
    }
}

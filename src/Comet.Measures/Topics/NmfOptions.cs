namespace Comet.Measures.Topics;

/// <summary>Settings of the NMF measure. Defaults: 30 topics (COMET), at most 500 updates, 1e-4 relative loss change.</summary>
public sealed record NmfOptions
{
    /// <summary>Number of topics; capped at the number of documents and of terms.</summary>
    public int Topics { get; init; } = 30;

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

namespace Comet.Measures.Topics;

/// <summary>
/// Settings of the LDA measure. Defaults: 40 topics (COMET), priors alpha = 100 / topics and
/// beta = 0.01 (those of ML.NET's LightLDA), and the median of <see cref="Runs"/> seeded runs.
/// </summary>
public sealed record LdaOptions
{
    public int Topics { get; init; } = 40;

    /// <summary>Sum of the document-topic Dirichlet prior over all topics.</summary>
    public double AlphaSum { get; init; } = 100;

    /// <summary>Topic-term Dirichlet prior.</summary>
    public double Beta { get; init; } = 0.01;

    /// <summary>Gibbs sampling sweeps over the corpus.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>
    /// Independent runs (seeds Seed, Seed + 1, ...) whose similarities are combined by their median,
    /// because a single run's topics depend strongly on its seed (docs/benchmarks.md measures this).
    /// </summary>
    public int Runs { get; init; } = 5;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Topics, 2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AlphaSum, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Beta, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(Iterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Runs, 1);
    }
}

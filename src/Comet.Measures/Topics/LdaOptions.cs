namespace Comet.Measures.Topics;

/// <summary>
/// Settings of the LDA measure. Defaults: 40 topics (COMET), priors alpha = 100 / topics and
/// beta = 0.01 (those of ML.NET's LightLDA), and the median of 30 seeded runs of 25 sweeps each.
/// </summary>
/// <remarks>
/// Runs and sweeps were chosen on six tasks (docs/benchmarks.md, "Measures"): one run's AP varies by
/// 6 to 21 points with the seed and hardly depends on the sweeps (50, 100 and 200 give the same mean),
/// while the median over runs is both steadier and better (WARC: one run 13% AP, median of 9 runs
/// 27%, of 30 shorter runs 32%). At equal cost, 30 runs of 25 sweeps matched or beat 15 runs of 50.
/// </remarks>
public sealed record LdaOptions
{
    public int Topics { get; init; } = 40;

    /// <summary>Sum of the document-topic Dirichlet prior over all topics.</summary>
    public double AlphaSum { get; init; } = 100;

    /// <summary>Topic-term Dirichlet prior.</summary>
    public double Beta { get; init; } = 0.01;

    /// <summary>Gibbs sampling sweeps over the corpus in each run.</summary>
    public int Iterations { get; init; } = 25;

    /// <summary>Independent runs (seeds Seed, Seed + 1, ...) whose similarities are combined by their median.</summary>
    public int Runs { get; init; } = 30;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Topics, 2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AlphaSum, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Beta, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(Iterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Runs, 1);
    }
}

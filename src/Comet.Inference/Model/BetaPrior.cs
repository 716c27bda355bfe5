namespace Comet.Inference.Model;

/// <summary>A Beta distribution over a probability, named by how it is built (Infer.NET style).</summary>
public readonly record struct BetaPrior(double Alpha, double Beta)
{
    /// <summary>Beta with the given mean and "strength" alpha + beta (pseudo-observations).</summary>
    public static BetaPrior FromMeanAndStrength(double mean, double strength)
    {
        if (mean is <= 0 or >= 1 || strength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), $"Beta needs 0 < mean < 1 and strength > 0 (got {mean}, {strength}).");
        }

        return new(mean * strength, (1 - mean) * strength);
    }

    public double Mean => Alpha / (Alpha + Beta);

    public double Strength => Alpha + Beta;

    /// <summary>E[log p - log(1 - p)]: what a Bernoulli child sees under mean-field inference.</summary>
    public double ExpectedLogOdds => Digamma.Psi(Alpha) - Digamma.Psi(Beta);

    /// <summary>Var[log p - log(1 - p)] = trigamma(alpha) + trigamma(beta).</summary>
    public double LogOddsVariance => Digamma.Trigamma(Alpha) + Digamma.Trigamma(Beta);

    /// <summary>Conjugate update with (soft) counts.</summary>
    public BetaPrior Observe(double successes, double failures) => new(Alpha + successes, Beta + failures);
}

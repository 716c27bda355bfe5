namespace Comet.Inference.Model;

/// <summary>
/// Node x_st | z_st of <see cref="LinkModel"/>: a pair's features, x_st ~ N(mu0 + z_st Sigma w, Sigma),
/// one shared covariance for links and non-links, so the log-likelihood ratio is linear in x.
/// </summary>
/// <param name="CovarianceShrinkage">
/// Shrinkage of Sigma's off-diagonal toward 0 (<see cref="ModelPriors.CovarianceShrinkage"/>; 1: naive Bayes).
/// </param>
public sealed record FeatureEmission(double CovarianceShrinkage)
{
    public static FeatureEmission Declare(ModelPriors priors) => new(priors.CovarianceShrinkage);
}

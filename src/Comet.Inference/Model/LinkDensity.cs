namespace Comet.Inference.Model;

/// <summary>
/// Node m of <see cref="LinkModel"/>: the project's link density, the share of candidate pairs that are
/// links. Every source's propensity pi_s is drawn around it.
/// </summary>
/// <param name="Prior">m ~ Beta(links per source / |T| capped, strength a fraction of the pairs).</param>
/// <param name="ConstrainsExpectedLinks">
/// Whether the posterior's expected link count is held at m x pairs (posterior regularisation,
/// <see cref="FitSettings.ConstrainExpectedLinks"/>).
/// </param>
public sealed record LinkDensity(BetaPrior Prior, bool ConstrainsExpectedLinks)
{
    /// <summary>The node for a task with this many targets and pairs.</summary>
    public static LinkDensity Declare(ModelPriors priors, FitSettings fit, int targets, long pairs)
    {
        var mean = Math.Clamp(priors.ExpectedLinksPerSource / targets, 1e-4, priors.MaximumPriorDensity);
        var prior = BetaPrior.FromMeanAndStrength(mean, Math.Max(2.0, priors.DensityStrengthFraction * pairs));
        return new(prior, fit.ConstrainExpectedLinks);
    }
}

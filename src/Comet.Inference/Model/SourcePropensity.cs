namespace Comet.Inference.Model;

/// <summary>
/// Node pi_s of <see cref="LinkModel"/>: per source, whether it has links at all and how many,
/// pi_s ~ Beta(a m, a (1 - m)) with the concentration a (how alike sources are) chosen by empirical Bayes.
/// </summary>
/// <param name="ConcentrationGrid">The candidate concentrations a (<see cref="ModelPriors.ConcentrationGrid"/>).</param>
/// <param name="EvidenceTempering">
/// Power on a source's pooled evidence when pi_s is inferred (<see cref="FitSettings.SourceEvidenceTempering"/>).
/// </param>
public sealed record SourcePropensity(IReadOnlyList<double> ConcentrationGrid, double EvidenceTempering)
{
    public static SourcePropensity Declare(ModelPriors priors, FitSettings fit) =>
        new(priors.ConcentrationGrid, fit.SourceEvidenceTempering);
}

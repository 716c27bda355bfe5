using Comet.Inference.Model;

namespace Comet.Inference.Output;

/// <summary>The shared parameters learned from the project's own data, for reports.</summary>
/// <param name="LinkDensity">m: share of candidate pairs that are links.</param>
/// <param name="Concentration">a: how alike sources are in link richness (large = all alike).</param>
/// <param name="ExpectedLinks">Sum of link posteriors over all pairs.</param>
/// <param name="GroupWeights">Per measure or path kind: sum of its feature weights w (its worth).</param>
/// <param name="Emission">The full class-conditional Gaussians; null for the COMET baseline.</param>
/// <param name="Feedback">The developer confusion matrix; null when no feedback was used.</param>
/// <param name="Iterations">Sweeps of the inference (0 for closed forms).</param>
/// <param name="Converged">Whether the tolerance was reached.</param>
public sealed record LearnedParameters(
    double LinkDensity,
    double Concentration,
    double ExpectedLinks,
    IReadOnlyDictionary<string, double> GroupWeights,
    EmissionParameters? Emission,
    FeedbackLikelihood? Feedback,
    int Iterations,
    bool Converged)
{
    /// <summary>
    /// The precision kappa with which developer answers refitted the measure weights around their
    /// unlabelled fit; null when cross-validation over the answers found no refit worth making.
    /// </summary>
    public double? AnswerWeightPrecision { get; init; }
}

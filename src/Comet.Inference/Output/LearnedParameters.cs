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
    /// <summary>What the developer answers taught (null without answers or with the earlier answer handling).</summary>
    public AnswerLearningSummary? AnswerLearning { get; init; }
}

/// <summary>The answer learner's outcome, for people.</summary>
/// <param name="Setting">What cross-validation let the answers change: "prior", "calibration" or "weights (precision L)".</param>
/// <param name="Intercept">Shift of every link's log-odds the answers asked for (the link count).</param>
/// <param name="Scale">Multiplier of the unsupervised fit's log-odds.</param>
/// <param name="Weights">Learned weight per feature (standardised units).</param>
public sealed record AnswerLearningSummary(string Setting, double Intercept, double Scale, IReadOnlyList<LogOddsTerm> Weights)
{
    /// <summary>
    /// Variance of the expected link count that comes from not knowing the learned coefficients exactly
    /// (Laplace: g' H^-1 g, g the count's gradient in the coefficients, H the curvature of the answers'
    /// fit with its priors); 0 when nothing was learned. Added to the spread of the links themselves.
    /// </summary>
    public double CountVariance { get; init; }

    /// <summary>True when the answers earned more than the prior: the link count (alpha, beta) was learned from them.</summary>
    public bool LearnedCount => Setting != "prior";

    /// <summary>True when the learned weights reorder only the candidates of sources someone answered about; the others keep the fit's order.</summary>
    public bool WeightsOnlyForAnsweredSources { get; init; }

    /// <summary>True when learned weights reorder the links (a setting "weights (precision L)"), not just recalibrate them.</summary>
    public bool Reordered => LearnedCount && Setting != "calibration";
}

using Comet.Inference.Learning;
using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>Settings of one inference run. Immutable; defaults suit every dataset.</summary>
public sealed record InferenceOptions
{
    /// <summary>The generative story's priors (default <see cref="ModelPriors.Default"/>).</summary>
    public ModelPriors Priors { get; init; } = ModelPriors.Default;

    /// <summary>How the story is fitted: features and departures from plain Bayes (default <see cref="FitSettings.Default"/>).</summary>
    public FitSettings Fit { get; init; } = FitSettings.Default;

    /// <summary>How developer answers teach (default <see cref="AnswerLearningSettings.Default"/>).</summary>
    public AnswerLearningSettings Answers { get; init; } = AnswerLearningSettings.Default;

    /// <summary>How the fit's probabilities are reported (default <see cref="OutputCalibrationSettings.Default"/>).</summary>
    public OutputCalibrationSettings Output { get; init; } = OutputCalibrationSettings.Default;

    /// <summary>Cap on variational EM sweeps (default 300).</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>Stop when no link posterior moves by more than this in one sweep (default 1e-5).</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>
    /// Solve the density m's M-step for its fixed point under the count constraint
    /// (<see cref="DensityFixedPoint"/>) instead of taking one step per sweep: the plain fit's slowest mode
    /// (2/3 per sweep at the default density strength) is gone, from the sixth sweep on. Default true
    /// (session 15: 4,317 -> 2,356 sweeps over model.json's 153 fits with every result matching, 33 -> 11
    /// at 1M links; docs/model-decisions.md).
    /// </summary>
    public bool DensityNewtonStep { get; init; } = true;

    /// <summary>Use developer feedback when the evidence has some (default true; false = Stage 1/3 only).</summary>
    public bool UseFeedback { get; init; } = true;

    /// <summary>Use transitive evidence when the evidence has some (default true).</summary>
    public bool UseTransitive { get; init; } = true;

    /// <summary>Seed for the sampling-based reference inference; variational inference is deterministic.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Sweeps of the reference sampler (default 4,000 after 1,000 burn-in).</summary>
    public int Samples { get; init; } = 4000;

    public static InferenceOptions Default { get; } = new();

    public void Validate()
    {
        Priors.Validate();
        Fit.Validate();
        Answers.Validate();
        Output.Validate();
        if (MaxIterations < 1 || Tolerance <= 0 || Samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), "Iterations, tolerance and samples must be positive.");
        }
    }
}

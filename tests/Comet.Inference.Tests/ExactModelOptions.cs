using Comet.Inference.Inference;
using Comet.Inference.Learning;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

/// <summary>Options under which inference targets exactly the simulated model (scores used as features).</summary>
internal static class ExactModelOptions
{
    public static InferenceOptions For(SimulationTruth truth) => new()
    {
        Priors = ModelPriors.Default with
        {
            ExpectedLinksPerSource = truth.Density * truth.Targets,
            WeightPooling = 0,
            PathWeightPrecision = 0,
            CovarianceShrinkage = 0,
        },
        Fit = FitSettings.Default with
        {
            RankTransformScores = false,
            ConstrainExpectedLinks = false,
            SourceEvidenceTempering = 1,
        },
        Output = OutputCalibrationSettings.Default with
        {
            OutputTempering = 1,
            OutputLinkShare = 1,
        },

        // The generative story's answers are votes on z inside the fit; the answer learner is a
        // discriminative layer on top, which the simulated model does not have.
        Answers = AnswerLearningSettings.Default with { LearnFromAnswers = false },
        Tolerance = 1e-7,
        MaxIterations = 2000,
    };
}

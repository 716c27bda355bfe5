using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

/// <summary>Options under which inference targets exactly the simulated model (scores used as features).</summary>
internal static class SimulationPriors
{
    public static InferenceOptions ExactModel(SimulationTruth truth) => new()
    {
        Priors = ModelPriors.Default with
        {
            RankTransformScores = false,
            ExpectedLinksPerSource = truth.Density * truth.Targets,
            ConstrainExpectedLinks = false,
            WeightPooling = 0,
            PathWeightPrecision = 0,
            CovarianceShrinkage = 0,
            SourceEvidenceTempering = 1,
            OutputTempering = 1,
            OutputLinkShare = 1,

            // The generative story's answers are votes on z inside the fit; the answer learner is a
            // discriminative layer on top, which the simulated model does not have.
            LearnFromAnswers = false,
        },
        Tolerance = 1e-7,
        MaxIterations = 2000,
    };
}

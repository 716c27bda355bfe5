using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

/// <summary>The within-target view of each measure and its own weight prior (pulled toward 0).</summary>
public class TargetViewTests
{
    private static readonly SimulationTruth Truth = new(Sources: 30, Targets: 40, Density: 0.08, Concentration: 50, Weights: [1.0, 0.3], Correlation: 0.2);

    [Fact]
    public void Infer_DefaultPriors_DeclareGlobalSourceAndTargetViews()
    {
        var evidence = new ModelSimulator(Truth, 9).Draw();

        var names = LinkInference.Infer(evidence).Parameters.Emission!.Names;

        Assert.Contains(names, n => n.EndsWith(":global", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(":source", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(":target", StringComparison.Ordinal));
    }

    [Fact]
    public void Infer_VeryPreciseTargetPrior_HoldsTargetWeightsNearZero()
    {
        var evidence = new ModelSimulator(Truth, 9).Draw();
        var options = new InferenceOptions { Priors = ModelPriors.Default with { TargetViewWeightPrecision = 1e6 } };

        var emission = LinkInference.Infer(evidence, options).Parameters.Emission!;

        var targetWeights = Enumerable.Range(0, emission.Dimension).Where(j => emission.Names[j].EndsWith(":target", StringComparison.Ordinal)).Select(j => emission.Weights[j]);
        Assert.All(targetWeights, w => Assert.True(w < 1e-3, $"target weight {w}"));
        Assert.Contains(emission.Weights, w => w > 0.05);
    }

    [Fact]
    public void Validate_NegativeTargetPrecision_Throws()
    {
        var priors = ModelPriors.Default with { TargetViewWeightPrecision = -1 };

        Assert.Throws<ArgumentOutOfRangeException>(priors.Validate);
    }
}

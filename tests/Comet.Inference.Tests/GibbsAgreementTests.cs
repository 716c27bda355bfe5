using Comet.Inference.Inference;
using Xunit.Abstractions;

namespace Comet.Inference.Tests;

/// <summary>Variational EM against the slow exact Gibbs sampler of the same model on small cases.</summary>
public class GibbsAgreementTests(ITestOutputHelper output)
{
    private static readonly SimulationTruth Small = new(Sources: 15, Targets: 20, Density: 0.1, Concentration: 10, Weights: [1.5, 0.8], Correlation: 0.2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Infer_SmallCase_AgreesWithGibbsWithinTolerance(bool withFeedback)
    {
        var simulator = new ModelSimulator(Small, seed: 5);
        var evidence = simulator.Draw();
        if (withFeedback)
        {
            evidence = evidence.WithFeedback(simulator.Answers(evidence, share: 0.15, confidence: 0.85, flipped: 0.1));
        }

        var options = ExactModelOptions.For(Small) with { Samples = 3000 };

        var variational = new VariationalLinkInference().Infer(evidence, options);
        var gibbs = new GibbsReferenceSampler().Infer(evidence, options);

        // Tolerance: mean absolute difference 0.03 and max 0.2 in probability. Mean-field EM ignores
        // the uncertainty of the class means and of pi_s (which Gibbs integrates), and the sampler's
        // own Monte Carlo error is about 0.01 at 3,000 sweeps.
        var differences = Enumerable.Range(0, variational.Count)
            .Select(i => Math.Abs(variational.Probability(i / Small.Targets, i % Small.Targets) - gibbs.Probability(i / Small.Targets, i % Small.Targets)))
            .ToArray();
        output.WriteLine($"feedback={withFeedback}: mean |difference| {differences.Average():0.0000}, max {differences.Max():0.0000}");
        Assert.True(differences.Average() < 0.03, $"mean |difference| {differences.Average():0.0000}");
        Assert.True(differences.Max() < 0.2, $"max |difference| {differences.Max():0.0000}");
    }
}

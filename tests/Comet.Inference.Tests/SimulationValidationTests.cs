using Comet.Inference.Inference;
using Comet.Inference.Model;
using Xunit.Abstractions;

namespace Comet.Inference.Tests;

/// <summary>
/// Inference on data drawn from the model itself: parameters recovered, link posteriors calibrated,
/// and simulation-based calibration of the source propensities (posterior CDF at the true value is
/// uniform over replications).
/// </summary>
public class SimulationValidationTests(ITestOutputHelper output)
{
    private static readonly SimulationTruth Truth = new(Sources: 80, Targets: 60, Density: 0.05, Concentration: 20, Weights: [1.2, 0.6, 0.0], Correlation: 0.3);

    [Fact]
    public void Solve_SimulatedData_RecoversWeightsWithinTolerance()
    {
        var simulator = new ModelSimulator(Truth, seed: 11);
        var evidence = simulator.Draw();
        var options = ExactModelOptions.For(Truth);

        var result = MeanFieldSolver.Solve(LinkModel.Declare(evidence, options.Priors, options.Fit), options);

        // About 240 links: the link mean has standard error ~ 1 / sqrt(240) = 0.065 per feature; weights
        // are its image under Sigma^-1, so 0.25 is about three standard errors.
        output.WriteLine($"w = {string.Join(", ", result.Emission.Weights.Select(w => w.ToString("0.000")))}; links {result.Posterior.Sum():0.0} (true {simulator.Links.Count(l => l)})");
        Assert.Equal(1.2, result.Emission.Weights[0], 0.25);
        Assert.Equal(0.6, result.Emission.Weights[1], 0.25);
        Assert.Equal(0.0, result.Emission.Weights[2], 0.25);
        Assert.Equal(0.0, result.Emission.NonLinkMean[0], 0.05);
        Assert.Equal(simulator.Links.Count(l => l), result.Posterior.Sum(), simulator.Links.Length * 0.01);
    }

    [Fact]
    public void Solve_SimulatedData_PosteriorsAreCalibrated()
    {
        var predicted = new double[10];
        var observed = new double[10];
        var counts = new int[10];
        for (var replication = 0; replication < 4; replication++)
        {
            var simulator = new ModelSimulator(Truth, seed: 100 + replication);
            var evidence = simulator.Draw();
            var options = ExactModelOptions.For(Truth);
            var result = MeanFieldSolver.Solve(LinkModel.Declare(evidence, options.Priors, options.Fit), options);
            for (var i = 0; i < result.Posterior.Length; i++)
            {
                var bin = Math.Min(9, (int)(result.Posterior[i] * 10));
                counts[bin]++;
                predicted[bin] += result.Posterior[i];
                observed[bin] += simulator.Links[i] ? 1 : 0;
            }
        }

        // Every bin with at least 150 pairs: observed frequency within 0.08 of the mean prediction
        // (binomial sd at p = 0.5 and n = 150 is 0.04); overall calibration error below 0.01.
        var total = counts.Sum();
        var ece = 0.0;
        for (var bin = 0; bin < 10; bin++)
        {
            if (counts[bin] == 0)
            {
                continue;
            }

            ece += Math.Abs(predicted[bin] - observed[bin]) / total;
            if (counts[bin] >= 150)
            {
                Assert.Equal(predicted[bin] / counts[bin], observed[bin] / counts[bin], 0.08);
            }
        }

        output.WriteLine($"ECE {ece:0.0000}; bins (count predicted/observed): " + string.Join(" ", Enumerable.Range(0, 10).Where(b => counts[b] > 0).Select(b => $"{counts[b]} {predicted[b] / counts[b]:0.000}/{observed[b] / counts[b]:0.000}")));
        Assert.True(ece < 0.01, $"expected calibration error {ece:0.0000}");
    }

    [Fact]
    public void Solve_SimulatedData_SourcePropensityPassesSimulationBasedCalibration()
    {
        var ranks = new List<double>();
        for (var replication = 0; replication < 5; replication++)
        {
            var simulator = new ModelSimulator(Truth, seed: 200 + replication);
            var evidence = simulator.Draw();

            // SBC of pi_s given the hyperparameters it was drawn with (a point prior on a); the class
            // parameters are still learned by EM.
            var exact = ExactModelOptions.For(Truth);
            var options = exact with { Priors = exact.Priors with { ConcentrationGrid = [Truth.Concentration] } };
            var result = MeanFieldSolver.Solve(LinkModel.Declare(evidence, options.Priors, options.Fit), options);
            for (var s = 0; s < Truth.Sources; s++)
            {
                ranks.Add(result.SourcePropensity[s].Cdf(simulator.Propensity[s]));
            }
        }

        // Kolmogorov-Smirnov distance to Uniform(0, 1); the 1% critical value is 1.63 / sqrt(n).
        ranks.Sort();
        var n = ranks.Count;
        var distance = ranks.Select((u, i) => Math.Max(Math.Abs(u - (i / (double)n)), Math.Abs(u - ((i + 1) / (double)n)))).Max();
        output.WriteLine($"KS distance {distance:0.0000} over {n} sources (1% critical {1.63 / Math.Sqrt(n):0.0000})");
        Assert.True(distance < 1.63 / Math.Sqrt(n), $"KS distance {distance:0.000} over {n} sources");
    }
}

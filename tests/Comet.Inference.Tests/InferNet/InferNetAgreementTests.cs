using Comet.Inference.InferNet;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Xunit.Abstractions;

namespace Comet.Inference.Tests.InferNet;

/// <summary>
/// The Infer.NET engine against the hand-written solver on a small synthetic task that both models
/// describe: sources alike (so per-source propensities collapse to one rate), features independent
/// given the link, unit variance in both classes.
/// </summary>
public class InferNetAgreementTests(ITestOutputHelper output)
{
    private static readonly SimulationTruth Shared = new(Sources: 40, Targets: 50, Density: 0.08, Concentration: 10000, Weights: [1.8, 1.2, 0.8], Correlation: 0);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Infer_SmallSyntheticTask_AgreesWithHierarchical(bool withFeedback)
    {
        var simulator = new ModelSimulator(Shared, seed: 11);
        var evidence = simulator.Draw();
        if (withFeedback)
        {
            evidence = evidence.WithFeedback(simulator.Answers(evidence, share: 0.1, confidence: 0.9, flipped: 0.1));
        }

        // Answers as votes on their own pairs in both (no source or target effects: those are cut nodes).
        var options = ExactModelOptions.For(Shared) with { Tolerance = 1e-6 };
        options = options with { Priors = options.Priors with { SourceAnswerSpread = 0, TargetAnswerSpread = 0 } };
        var handWritten = new VariationalLinkInference().Infer(evidence, options);
        var inferNet = LinkInference.Infer(evidence, options, "infernet");

        var n = handWritten.Count;
        var differences = Enumerable.Range(0, n)
            .Select(i => Math.Abs(handWritten.Probability(i / Shared.Targets, i % Shared.Targets) - inferNet.Probability(i / Shared.Targets, i % Shared.Targets)))
            .ToArray();
        var apHand = AveragePrecision(handWritten.LogOdds.ToArray(), simulator.Links);
        var apInfer = AveragePrecision(inferNet.LogOdds.ToArray(), simulator.Links);
        output.WriteLine($"feedback={withFeedback}: mean |dp| {differences.Average():0.0000}, max {differences.Max():0.0000}; AP hierarchical {apHand:0.000}, infernet {apInfer:0.000}; infernet sweeps {inferNet.Parameters.Iterations}");

        // Tolerances: the models differ in the class precisions (one shared covariance there, one
        // precision per class and feature here) and in the propensities pi_s (integrated there).
        Assert.Equal("infernet", inferNet.Model);
        Assert.True(inferNet.Parameters.Converged, $"not converged in {inferNet.Parameters.Iterations} sweeps");
        Assert.True(differences.Average() < 0.02, $"mean |difference| {differences.Average():0.0000}");
        Assert.True(differences.Max() < 0.25, $"max |difference| {differences.Max():0.0000}");
        Assert.True(Math.Abs(apHand - apInfer) < 0.03, $"AP {apHand:0.000} vs {apInfer:0.000}");
        Assert.InRange(inferNet.Parameters.LinkDensity, 0.06, 0.10);
    }

    [Fact]
    public void Solve_RecoversTheSimulatedParametersAndConverges()
    {
        var simulator = new ModelSimulator(Shared, seed: 3);
        var evidence = simulator.Draw();
        var options = ExactModelOptions.For(Shared) with { Tolerance = 1e-6 };
        var model = LinkModel.Declare(evidence, options.Priors, options.Fit);

        var fit = InferNetLinkInference.Solve(model, options);

        // Converged means checked: the last sweep moved no link probability by 1e-6 or more.
        Assert.True(fit.Converged);
        Assert.True(fit.Changes[^1] < 1e-6);
        Assert.True(fit.Iterations < options.MaxIterations);
        var truth = simulator.Links.Count(l => l) / (double)simulator.Links.Length;
        Assert.InRange(fit.Rate.GetMean(), truth - 0.02, truth + 0.02);

        // Standardised features: the link class sits above the rest on every feature, most on the strongest.
        var separations = Enumerable.Range(0, 3).Select(fit.Emission.Separation).ToArray();
        Assert.All(separations, s => Assert.True(s > 0.5, $"separation {s:0.00}"));
        Assert.True(separations[0] > separations[2]);
    }

    [Fact]
    public void Infer_AnswersMoveTheirPairsAndTeachTheConfusionMatrix()
    {
        var simulator = new ModelSimulator(Shared, seed: 7);
        var evidence = simulator.Draw();
        var answers = simulator.Answers(evidence, share: 0.2, confidence: 0.95, flipped: 0);
        var options = ExactModelOptions.For(Shared) with { Tolerance = 1e-6 };
        var engine = new InferNetLinkInference();

        var without = engine.Infer(evidence, options);
        var with = engine.Infer(evidence.WithFeedback(answers), options);

        var confirmed = answers.Where(a => a.SaysLink).Select(a => (S: evidence.SourceIds.ToList().IndexOf(a.SourceId), T: evidence.TargetIds.ToList().IndexOf(a.TargetId))).ToArray();
        var rejected = answers.Where(a => !a.SaysLink).Select(a => (S: evidence.SourceIds.ToList().IndexOf(a.SourceId), T: evidence.TargetIds.ToList().IndexOf(a.TargetId))).ToArray();
        Assert.NotEmpty(confirmed);
        Assert.NotEmpty(rejected);

        // Each answer's own message points its way; on average it moves its pair by more than a nat (the
        // emissions, refitted with the answers, move a little too, so single pairs are not compared).
        Assert.All(confirmed, p => Assert.True(with.Explain(p.S, p.T).Feedback > 0));
        Assert.All(rejected, p => Assert.True(with.Explain(p.S, p.T).Feedback < 0));
        Assert.True(confirmed.Average(p => with.LogOddsOf(p.S, p.T) - without.LogOddsOf(p.S, p.T)) > 1);
        Assert.True(rejected.Average(p => with.LogOddsOf(p.S, p.T) - without.LogOddsOf(p.S, p.T)) < -1);
        var feedback = with.Parameters.Feedback!.Value;
        Assert.True(feedback.Sensitivity > 0.8, $"sensitivity {feedback.Sensitivity:0.000}");
        Assert.True(feedback.FalseAlarm < 0.1, $"false alarm {feedback.FalseAlarm:0.000}");

        // The explanation adds up: prior + measures + answers = the reported log-odds.
        var (s, t) = confirmed[0];
        var explanation = with.Explain(s, t);
        Assert.Equal(explanation.LogOdds, explanation.Prior + explanation.Measures.Sum(m => m.LogOdds) + explanation.Feedback, 9);
        Assert.True(explanation.Feedback > 0);
    }

    private static double AveragePrecision(double[] scores, bool[] links)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        double hits = 0, sum = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (links[order[k]])
            {
                hits++;
                sum += hits / (k + 1);
            }
        }

        return hits == 0 ? 0 : sum / hits;
    }
}

using Comet.Core.Similarity;
using Comet.Inference.Baselines;
using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Model;

namespace Comet.Inference.Tests;

public class CometBaselineTests
{
    private static readonly string[] Sources = ["R1", "R2"];
    private static readonly string[] Targets = ["C1", "C2", "C3"];

    [Fact]
    public void Infer_TwoMeasures_EqualsConjugateClosedForm()
    {
        var vsm = new SimilarityMatrix(Sources, Targets, [0.9, 0.1, 0.0, 0.3, 0.6, 0.2]);
        var js = new SimilarityMatrix(Sources, Targets, [0.8, 0.4, 0.1, 0.2, 0.7, 0.3]);
        var evidence = new LinkEvidence(Sources, Targets, new Dictionary<string, SimilarityMatrix> { ["vsm"] = vsm, ["js"] = js });

        var posteriors = new CometClosedFormInference().Infer(evidence, InferenceOptions.Default);

        // Pair (R1, C1) by hand: sigmoid z-scores of both measures, the Beta ML fit of those two values,
        // votes y = [score >= threshold] (vsm: link_est with K = 12 > 6 pairs -> the minimum; js: min-max),
        // and E[theta | y] = (a + sum y) / (a + b + 2).
        var normalised = new[] { SigmoidZ(vsm.Values.ToArray(), 0), SigmoidZ(js.Values.ToArray(), 0) };
        var (a, b) = BetaMaximumLikelihood.Fit(normalised);
        var votes = (0.9 >= 0.0 ? 1 : 0) + (0.8 >= (0.1 + 0.8) / 2 ? 1 : 0);
        Assert.Equal((a + votes) / (a + b + 2), posteriors.Probability(0, 0), 10);
        Assert.Equal(2, posteriors.Explain(0, 0).Measures.Sum(m => m.LogOdds), 12);
    }

    [Fact]
    public void Infer_SingleMeasure_StaysBelowOneAndRanksByVote()
    {
        var scores = new SimilarityMatrix(Sources, Targets, [0.9, 0.1, 0.0, 0.3, 0.6, 0.2]);
        var evidence = new LinkEvidence(Sources, Targets, new Dictionary<string, SimilarityMatrix> { ["js"] = scores });

        var posteriors = new CometClosedFormInference().Infer(evidence, InferenceOptions.Default);

        Assert.All(Enumerable.Range(0, 6), i => Assert.InRange(posteriors.Probability(i / 3, i % 3), 1e-9, 1 - 1e-9));
        Assert.True(posteriors.Probability(0, 0) > posteriors.Probability(0, 1));
    }

    private static double SigmoidZ(double[] values, int index)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        return 1 / (1 + Math.Exp(-(values[index] - mean) / sd));
    }

    [Fact]
    public void BetaPriorPosterior_MatchesCometFormula()
    {
        var posterior = new BetaPrior(2, 3).Observe(1, 1);

        Assert.Equal(3.0 / 7, posterior.Mean, 12);
    }
}

using Comet.Core.Similarity;
using Comet.Inference.Evidence;
using MathNet.Numerics.Distributions;

namespace Comet.Inference.Tests;

/// <summary>True parameters of one simulation from the model's own generative story.</summary>
internal sealed record SimulationTruth(int Sources, int Targets, double Density, double Concentration, double[] Weights, double Correlation)
{
    public int Dimension => Weights.Length;
}

/// <summary>Draws data from <see cref="Model.LinkModel"/>'s story: pi_s, z_st, then x ~ N(z Sigma w, Sigma).</summary>
internal sealed class ModelSimulator(SimulationTruth truth, int seed)
{
    private readonly Random _random = new(seed);

    public double[] Propensity { get; private set; } = [];

    public bool[] Links { get; private set; } = [];

    public LinkEvidence Draw()
    {
        int s = truth.Sources, t = truth.Targets, d = truth.Dimension;
        var a = truth.Concentration;
        Propensity = Enumerable.Range(0, s).Select(_ => Beta.Sample(_random, a * truth.Density, a * (1 - truth.Density))).ToArray();
        Links = new bool[s * t];
        for (var i = 0; i < s * t; i++)
        {
            Links[i] = _random.NextDouble() < Propensity[i / t];
        }

        // Sigma: unit variances, equal correlations; link shift Sigma w.
        var shift = new double[d];
        for (var j = 0; j < d; j++)
        {
            for (var k = 0; k < d; k++)
            {
                shift[j] += (j == k ? 1 : truth.Correlation) * truth.Weights[k];
            }
        }

        var sourceIds = Enumerable.Range(0, s).Select(i => $"S{i:000}").ToArray();
        var targetIds = Enumerable.Range(0, t).Select(j => $"T{j:000}").ToArray();
        var columns = Enumerable.Range(0, d).Select(_ => new double[s * t]).ToArray();
        var shared = Math.Sqrt(truth.Correlation);
        var own = Math.Sqrt(1 - truth.Correlation);
        for (var i = 0; i < s * t; i++)
        {
            var common = Normal.Sample(_random, 0, 1);
            for (var j = 0; j < d; j++)
            {
                columns[j][i] = (shared * common) + (own * Normal.Sample(_random, 0, 1)) + (Links[i] ? shift[j] : 0);
            }
        }

        var measures = Enumerable.Range(0, d).ToDictionary(j => $"m{j}", j => new SimilarityMatrix(sourceIds, targetIds, columns[j]), StringComparer.Ordinal);
        return new LinkEvidence(sourceIds, targetIds, measures);
    }

    /// <summary>Answers on a share of pairs: confirm/reject the truth with the stated confidence, some flipped.</summary>
    public FeedbackAnswer[] Answers(LinkEvidence evidence, double share, double confidence, double flipped)
    {
        var answers = new List<FeedbackAnswer>();
        for (var i = 0; i < Links.Length; i++)
        {
            if (_random.NextDouble() < share)
            {
                var s = evidence.SourceIds[i / evidence.TargetCount];
                var t = evidence.TargetIds[i % evidence.TargetCount];
                var says = _random.NextDouble() < flipped ? !Links[i] : Links[i];
                answers.Add(says ? FeedbackAnswer.Confirm(s, t, confidence) : FeedbackAnswer.Reject(s, t, confidence));
            }
        }

        return [.. answers];
    }
}

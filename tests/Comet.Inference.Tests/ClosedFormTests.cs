using Comet.Inference.Baselines;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using MathNet.Numerics.Distributions;

namespace Comet.Inference.Tests;

/// <summary>Pieces with exact answers, checked to stated precision.</summary>
public class ClosedFormTests
{
    [Fact]
    public void Trigamma_KnownValues_MatchToTenDigits()
    {
        Assert.Equal(Math.PI * Math.PI / 6, Digamma.Trigamma(1), 10);
        Assert.Equal(Math.PI * Math.PI / 2, Digamma.Trigamma(0.5), 10);
        Assert.Equal((Math.PI * Math.PI / 6) - 1.25, Digamma.Trigamma(3), 10);
    }

    [Fact]
    public void BetaPrior_FromMeanAndStrength_HasThatMeanAndLogOdds()
    {
        var beta = BetaPrior.FromMeanAndStrength(0.2, 10);

        Assert.Equal(2, beta.Alpha, 12);
        Assert.Equal(8, beta.Beta, 12);
        // E[logit p] = psi(2) - psi(8) = (1 - gamma) - (H_7 - gamma) = 1 - 363/140.
        Assert.Equal(1 - (363.0 / 140), beta.ExpectedLogOdds, 10);
    }

    [Fact]
    public void NonNegativeQuadratic_ActiveConstraint_MatchesHandSolution()
    {
        // min 1/2 w'Aw - b'w with A = [[2, 1], [1, 2]], b = (2, -1): unconstrained w = (5/3, -4/3),
        // so w2 = 0 is active and w1 = b1 / A11 = 1.
        var w = NonNegativeQuadratic.Solve(new double[,] { { 2, 1 }, { 1, 2 } }, [2, -1]);

        Assert.Equal(1, w[0], 10);
        Assert.Equal(0, w[1], 10);
    }

    [Fact]
    public void ExpectedCountConstraint_Offset_MakesPosteriorsSumToTarget()
    {
        double[] logOdds = [-3, -1, 0, 2, 5, -8];
        var b = ExpectedCountConstraint.Offset(logOdds, 1.5);

        Assert.Equal(1.5, logOdds.Sum(x => 1 / (1 + Math.Exp(-(x + b)))), 6);
    }

    [Fact]
    public void FeedbackLikelihood_FullStrengthAnswer_GivesLogOddsOfConfusionMatrix()
    {
        var likelihood = new FeedbackLikelihood(0.9, 0.1);

        Assert.Equal(Math.Log(9), likelihood.LogLikelihoodRatio(new FeedbackObservation(0, true, 1)), 12);
        Assert.Equal(-Math.Log(9), likelihood.LogLikelihoodRatio(new FeedbackObservation(0, false, 1)), 12);
        // Strength 0.8 (confidence 0.9): (0.8 * 0.9 + 0.1) / (0.8 * 0.1 + 0.1) = 0.82 / 0.18.
        Assert.Equal(Math.Log(0.82 / 0.18), likelihood.LogLikelihoodRatio(new FeedbackObservation(0, true, 0.8)), 12);
        Assert.Equal(0, likelihood.LogLikelihoodRatio(new FeedbackObservation(0, true, 0)), 12);
    }

    [Theory]
    [InlineData(ThresholdRule.Median, 4.25)]
    [InlineData(ThresholdRule.Mean, 3.9375)]
    [InlineData(ThresholdRule.MinMax, 5)]
    [InlineData(ThresholdRule.LinkEstimate, 2)]
    public void Threshold_EachRule_MatchesDefinition(ThresholdRule rule, double expected)
    {
        // One source: link_est is the K-th largest with K = 6 x 1, here the 6th of eight scores.
        double[] scores = [0, 1, 2, 4, 4.5, 5, 5, 10];

        Assert.Equal(expected, ThresholdRules.Threshold(rule, scores, sources: 1), 12);
    }

    [Fact]
    public void BetaMaximumLikelihood_LargeSample_RecoversParameters()
    {
        var random = new Random(3);
        var sample = Enumerable.Range(0, 20000).Select(_ => Beta.Sample(random, 2, 5)).ToArray();

        var (a, b) = BetaMaximumLikelihood.Fit(sample);

        Assert.Equal(2, a, 0.1);
        Assert.Equal(5, b, 0.25);
    }

    [Fact]
    public void BetaMaximumLikelihood_Fit_SolvesScoreEquations()
    {
        double[] values = [0.2, 0.35, 0.5, 0.41, 0.7, 0.62];

        var (a, b) = BetaMaximumLikelihood.Fit(values);

        var psiAb = Digamma.Psi(a + b);
        Assert.Equal(values.Average(Math.Log), Digamma.Psi(a) - psiAb, 8);
        Assert.Equal(values.Average(v => Math.Log(1 - v)), Digamma.Psi(b) - psiAb, 8);
    }
}

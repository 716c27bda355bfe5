using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using Comet.Inference.Evidence;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Slow reference for validating <see cref="VariationalLinkInference"/> on small cases. It samples
/// the same <see cref="LinkModel"/> exactly (Gibbs): z_st, pi_s and both class means mu0, mu1 (flat
/// priors, so w = Sigma^-1 (mu1 - mu0) is left unconstrained), with the empirical-Bayes hyperparameters
/// (m, a, Sigma, psi) fixed at their variational EM values. Link probabilities are Rao-Blackwellised:
/// the average over sweeps of P(z_st = 1 | rest). Measures and feedback only; paths are not sampled.
/// </summary>
public sealed class GibbsReferenceSampler : ILinkInference
{
    private const int BurnIn = 1000;

    public string Name => LinkInference.Gibbs;

    public LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var used = options.UseFeedback ? evidence : evidence.WithFeedback([]);
        var model = LinkModel.Declare(used, options.Priors, options.Fit);
        var fit = MeanFieldSolver.Solve(model, options);
        var chain = new Chain(model, fit, new Random(options.Seed));
        for (var sweep = 0; sweep < BurnIn + options.Samples; sweep++)
        {
            chain.Sweep(record: sweep >= BurnIn);
        }

        var (logOdds, sd) = chain.Summaries(options.Samples);
        var parameters = new LearnedParameters(fit.Density, fit.Concentration, logOdds.Sum(LinkPosteriors.Sigmoid),
            new Dictionary<string, double>(), fit.Emission, model.Feedback.Count > 0 ? fit.Feedback : null, options.Samples, true);
        return new LinkPosteriors(Name, used.SourceIds, used.TargetIds, logOdds, sd, parameters, (s, t) =>
            new LinkExplanation(used.SourceIds[s], used.TargetIds[t], LinkPosteriors.Sigmoid(logOdds[(s * model.Targets) + t]),
                logOdds[(s * model.Targets) + t], sd[(s * model.Targets) + t], 0, [], 0, [], []));
    }

    /// <summary>One Markov chain over (z, pi, mu0, mu1); all randomness from one seeded generator.</summary>
    private sealed class Chain(LinkModel model, SolverResult fit, Random random)
    {
        private readonly int _n = model.Features.PairCount;
        private readonly int _d = model.Features.Dimension;
        private readonly Matrix<double> _covarianceFactor = Matrix<double>.Build.DenseOfArray(fit.Emission.Covariance).Cholesky().Factor;
        private readonly Matrix<double> _precision = Matrix<double>.Build.DenseOfArray(fit.Emission.Covariance).Inverse();
        private readonly double[] _feedback = FeedbackPerPair(model, fit);
        private readonly bool[] _z = fit.Posterior.Select(p => p >= 0.5).ToArray();
        private readonly double[] _sumProbability = new double[model.Features.PairCount];
        private readonly double[] _sumLogOdds = new double[model.Features.PairCount];
        private readonly double[] _sumSquaredLogOdds = new double[model.Features.PairCount];

        public void Sweep(bool record)
        {
            var a = fit.Concentration;
            var m = fit.Density;
            var propensity = new double[model.Sources];
            for (var s = 0; s < model.Sources; s++)
            {
                var links = 0;
                for (var t = 0; t < model.Targets; t++)
                {
                    links += _z[(s * model.Targets) + t] ? 1 : 0;
                }

                var pi = Math.Clamp(Beta.Sample(random, (a * m) + links, (a * (1 - m)) + model.Targets - links), 1e-300, 1 - 1e-16);
                propensity[s] = Math.Log(pi) - Math.Log(1 - pi);
            }

            var mu0 = SampleMean(false);
            var mu1 = SampleMean(true);
            var w = _precision * (mu1 - mu0);
            var constant = -0.5 * ((mu1 * _precision * mu1) - (mu0 * _precision * mu0));
            for (var pair = 0; pair < _n; pair++)
            {
                var eta = constant + propensity[pair / model.Targets] + _feedback[pair];
                for (var j = 0; j < _d; j++)
                {
                    eta += w[j] * model.Features[j, pair];
                }

                var p = LinkPosteriors.Sigmoid(eta);
                _z[pair] = random.NextDouble() < p;
                if (record)
                {
                    _sumProbability[pair] += p;
                    _sumLogOdds[pair] += eta;
                    _sumSquaredLogOdds[pair] += eta * eta;
                }
            }
        }

        public (double[] LogOdds, double[] Sd) Summaries(int samples)
        {
            var logOdds = new double[_n];
            var sd = new double[_n];
            for (var i = 0; i < _n; i++)
            {
                var p = Math.Clamp(_sumProbability[i] / samples, 1e-15, 1 - 1e-15);
                logOdds[i] = Math.Log(p) - Math.Log(1 - p);
                var mean = _sumLogOdds[i] / samples;
                sd[i] = Math.Sqrt(Math.Max(0, (_sumSquaredLogOdds[i] / samples) - (mean * mean)));
            }

            return (logOdds, sd);
        }

        /// <summary>mu | z ~ N(class mean, Sigma / class size) under a flat prior.</summary>
        private Vector<double> SampleMean(bool linkClass)
        {
            var sum = Vector<double>.Build.Dense(_d);
            var count = 0;
            for (var pair = 0; pair < _n; pair++)
            {
                if (_z[pair] == linkClass)
                {
                    count++;
                    for (var j = 0; j < _d; j++)
                    {
                        sum[j] += model.Features[j, pair];
                    }
                }
            }

            count = Math.Max(count, 1);
            var noise = Vector<double>.Build.Dense(_d, _ => Normal.Sample(random, 0, 1));
            return (sum / count) + (_covarianceFactor * noise / Math.Sqrt(count));
        }

        /// <summary>
        /// The answers' log-odds per pair, plus their fitted source and target effects (gamma_s, beta_t):
        /// like the density and the concentration, the chain holds those at the variational fit's values.
        /// One difference stays: the chain's pi_s sees gamma_s through the sampled z, where the fit cuts
        /// gamma_s from pi_s (agreement test: mean |difference| 0.0075 with answers, 0.0067 for the same case without answers).
        /// </summary>
        private static double[] FeedbackPerPair(LinkModel model, SolverResult fit)
        {
            var perPair = new double[model.Features.PairCount];
            foreach (var answer in model.Feedback)
            {
                perPair[answer.Pair] += fit.Feedback.LogLikelihoodRatio(answer);
            }

            if (fit.AnswerEffects is { } effects)
            {
                for (var pair = 0; pair < perPair.Length; pair++)
                {
                    perPair[pair] += effects.Of(pair);
                }
            }

            return perPair;
        }
    }
}

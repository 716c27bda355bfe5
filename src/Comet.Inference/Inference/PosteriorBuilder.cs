using MathNet.Numerics.LinearAlgebra;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Turns a converged variational state into <see cref="LinkPosteriors"/>: log-odds, their sd, and
/// the additive explanation. The sd combines the propensity's trigamma variance with the uncertainty
/// of the link mean (estimated from N1 effective links): Var(w'(x - mid)) ~ (x - mu1)' Sigma^-1 (x - mu1) / N1
/// over the features with non-zero weight (delta method).
/// </summary>
internal static class PosteriorBuilder
{
    public static LinkPosteriors Build(string name, LinkModel model, SolverResult result, IReadOnlyList<PathEvidence> paths)
    {
        var sd = LogOddsSd(model, result);
        var emission = result.Emission;
        var groupWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < emission.Dimension; j++)
        {
            groupWeights[emission.Groups[j]] = groupWeights.GetValueOrDefault(emission.Groups[j]) + emission.Weights[j];
        }

        var parameters = new LearnedParameters(
            result.Density, result.Concentration, result.Posterior.Sum(), groupWeights, emission,
            model.Feedback.Count > 0 ? result.Feedback : null, result.Iterations, result.Converged)
        {
            AnswerWeightPrecision = result.AnswerWeightPrecision,
        };
        var evidence = model.Evidence;
        return new LinkPosteriors(
            name, evidence.SourceIds, evidence.TargetIds, (double[])result.LogOdds.Clone(), sd, parameters,
            (s, t) => Explain(model, result, paths, sd, s, t));
    }

    private static LinkExplanation Explain(LinkModel model, SolverResult result, IReadOnlyList<PathEvidence> paths, double[] sd, int s, int t)
    {
        var pair = (s * model.Targets) + t;
        var emission = result.Emission;
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < emission.Dimension; j++)
        {
            terms[emission.Groups[j]] = terms.GetValueOrDefault(emission.Groups[j]) + emission.Contribution(j, model.Features[j, pair]);
        }

        var measures = terms.Where(p => !p.Key.StartsWith(PathEvidence.Prefix, StringComparison.Ordinal)).Select(p => new LogOddsTerm(p.Key, p.Value)).ToArray();
        var transitive = terms.Where(p => p.Key.StartsWith(PathEvidence.Prefix, StringComparison.Ordinal)).Select(p => new LogOddsTerm(p.Key, p.Value)).ToArray();
        var feedback = result.FeedbackLogOdds.Length > 0 ? result.FeedbackLogOdds[pair] : 0;
        var evidence = model.Evidence;
        return new LinkExplanation(
            evidence.SourceIds[s], evidence.TargetIds[t], LinkPosteriors.Sigmoid(result.LogOdds[pair]), result.LogOdds[pair], sd[pair],
            result.PriorLogOdds(s, t), measures, feedback, transitive, paths.SelectMany(p => p.Strongest(s, t)).ToArray());
    }

    private static double[] LogOddsSd(LinkModel model, SolverResult result)
    {
        var emission = result.Emission;
        var active = Enumerable.Range(0, emission.Dimension).Where(j => emission.Weights[j] > 0).ToArray();
        var n = model.Features.PairCount;
        var sd = new double[n];
        var cholesky = active.Length == 0
            ? null
            : Matrix<double>.Build.Dense(active.Length, active.Length, (a, b) => emission.Covariance[active[a], active[b]]).Cholesky();
        var lower = cholesky?.Factor;
        Parallel.For(0, model.Sources, () => new double[active.Length], (s, _, y) =>
        {
            for (var t = 0; t < model.Targets; t++)
            {
                var pair = (s * model.Targets) + t;
                var mahalanobis = 0.0;
                for (var a = 0; a < active.Length; a++)
                {
                    // Forward substitution L y = x - mu1, so |y|^2 = (x - mu1)' Sigma^-1 (x - mu1).
                    var v = model.Features[active[a], pair] - emission.LinkMean[active[a]];
                    for (var b = 0; b < a; b++)
                    {
                        v -= lower![a, b] * y[b];
                    }

                    y[a] = v / lower![a, a];
                    mahalanobis += y[a] * y[a];
                }

                sd[pair] = Math.Sqrt((mahalanobis / emission.EffectiveLinks) + result.PriorLogOddsVariance(s));
            }

            return y;
        }, _ => { });
        return sd;
    }
}

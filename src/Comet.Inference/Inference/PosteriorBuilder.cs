using System.Numerics.Tensors;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Turns a converged variational state into <see cref="LinkPosteriors"/>: log-odds, their sd, and
/// the additive explanation. The sd combines the propensity's trigamma variance with the uncertainty
/// of the link mean (estimated from N1 effective links): Var(w'(x - mid)) ~ (x - mu1)' Sigma^-1 (x - mu1) / N1
/// over the features with non-zero weight (delta method). What is reported goes through
/// <see cref="OutputCalibration"/>: the log-odds, their sd and every explanation term but the answers'
/// are scaled by tau, and the shift b joins the prior term, so the terms still add up to the
/// reported log-odds.
/// </summary>
internal static class PosteriorBuilder
{
    public static LinkPosteriors Build(string name, LinkModel model, SolverResult result, IReadOnlyList<PathEvidence> paths, OutputCalibrationSettings output)
    {
        var tau = output.TemperingFor(model);
        var (reported, shift) = OutputCalibration.Apply(result.LogOdds, result.FeedbackLogOdds, tau, output.OutputLinkShare);
        var sd = LogOddsSd(model, result);
        TensorPrimitives.Multiply(sd, tau, sd);
        var calibration = new Calibration(reported, tau, shift);
        var emission = result.Emission;
        var groupWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < emission.Dimension; j++)
        {
            groupWeights[emission.Groups[j]] = groupWeights.GetValueOrDefault(emission.Groups[j]) + emission.Weights[j];
        }

        var parameters = new LearnedParameters(
            result.Density, result.Concentration, result.Posterior.Sum(), groupWeights, emission,
            model.Feedback.Count > 0 ? result.Feedback : null, result.Iterations, result.Converged);
        var evidence = model.Evidence;
        return new LinkPosteriors(
            name, evidence.SourceIds, evidence.TargetIds, reported, sd, parameters,
            (s, t) => Explain(model, result, calibration, paths, sd, s, t));
    }

    private static LinkExplanation Explain(LinkModel model, SolverResult result, Calibration calibration, IReadOnlyList<PathEvidence> paths, double[] sd, int s, int t)
    {
        var tau = calibration.Tempering;
        var pair = (s * model.Targets) + t;
        var emission = result.Emission;
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var j = 0; j < emission.Dimension; j++)
        {
            terms[emission.Groups[j]] = terms.GetValueOrDefault(emission.Groups[j]) + (tau * emission.Contribution(j, model.Features[j, pair]));
        }

        var (measures, transitive) = LogOddsTerm.Split(terms, model.Features.PathGroups);
        var feedback = result.FeedbackLogOdds.Length > 0 ? result.FeedbackLogOdds[pair] : 0;
        var evidence = model.Evidence;
        var logOdds = calibration.LogOdds[pair];
        return new LinkExplanation(
            evidence.SourceIds[s], evidence.TargetIds[t], LinkPosteriors.Sigmoid(logOdds), logOdds, sd[pair],
            (tau * result.PriorLogOdds(s, t)) + calibration.Shift, measures, feedback, transitive, paths.SelectMany(p => p.Strongest(s, t)).ToArray())
        {
            SourceFeedback = tau * result.SourceEffect(s),
            TargetFeedback = tau * result.TargetEffect(t),
        };
    }

    /// <summary>The reported log-odds and the map that made them: tau x (fitted - answers) + answers + shift.</summary>
    private sealed record Calibration(double[] LogOdds, double Tempering, double Shift);

    private static double[] LogOddsSd(LinkModel model, SolverResult result)
    {
        var emission = result.Emission;
        var active = Enumerable.Range(0, emission.Dimension).Where(j => emission.Weights[j] > 0).ToArray();
        var sd = SquaredMahalanobis.Of(
            active.Select(j => model.Features.Columns[j].Values).ToArray(), active.Select(j => emission.LinkMean[j]).ToArray(), (a, b) => emission.Covariance[active[a], active[b]], model.Features.PairCount);
        Parallel.For(0, model.Sources, () => new double[model.Targets], (s, _, prior) =>
        {
            result.PriorLogOddsVariances(s, prior);
            for (var t = 0; t < model.Targets; t++)
            {
                var pair = (s * model.Targets) + t;
                sd[pair] = Math.Sqrt((sd[pair] / emission.EffectiveLinks) + prior[t]);
            }

            return prior;
        }, _ => { });
        return sd;
    }
}

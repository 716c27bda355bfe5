using Comet.Inference.Evidence;
using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Baselines;

/// <summary>
/// The original COMET Stage 1 (docs/comet-model.md), in closed form: per measure, s~ = sigmoid of the
/// z-score over all pairs and y = [raw &gt;= threshold of its rule]; per link, Beta(a, b) fitted by ML
/// to the K values s~, and the posterior mean E[theta | y] = (a + sum y) / (a + b + K). Feedback and
/// transitive evidence are ignored: this is the baseline the hierarchical model must beat.
/// </summary>
public sealed class CometClosedFormInference : ILinkInference
{
    public string Name => LinkInference.Comet;

    public LinkPosteriors Infer(LinkEvidence evidence, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var names = evidence.Measures.Keys.ToArray();
        var k = names.Length;
        var n = (int)evidence.PairCount;
        var normalised = new double[k][];
        var votes = new bool[k][];
        for (var m = 0; m < k; m++)
        {
            var raw = evidence.Measures[names[m]].Values;
            normalised[m] = SigmoidZ(raw);
            var threshold = ThresholdRules.Threshold(ThresholdRules.DefaultFor(names[m]), raw, evidence.SourceCount);
            votes[m] = new bool[n];
            for (var i = 0; i < n; i++)
            {
                votes[m][i] = raw[i] >= threshold;
            }
        }

        var logOdds = new double[n];
        var sd = new double[n];
        var priors = new BetaPrior[n];
        Parallel.For(0, n, () => new double[k], (i, _, buffer) =>
        {
            var yes = 0;
            for (var m = 0; m < k; m++)
            {
                buffer[m] = normalised[m][i];
                yes += votes[m][i] ? 1 : 0;
            }

            var (a, b) = BetaMaximumLikelihood.Fit(buffer);
            priors[i] = new BetaPrior(a, b);
            var posterior = new BetaPrior(a + yes, b + k - yes);
            var mean = posterior.Mean;
            logOdds[i] = Math.Log(mean) - Math.Log(1 - mean);
            sd[i] = Math.Sqrt(posterior.LogOddsVariance);
            return buffer;
        }, _ => { });

        var parameters = new LearnedParameters(
            votes.Sum(v => v.Count(x => x)) / ((double)n * k), double.NaN, logOdds.Sum(LinkPosteriors.Sigmoid),
            names.ToDictionary(x => x, _ => 1.0 / k, StringComparer.Ordinal), null, null, 0, true);
        return new LinkPosteriors(Name, evidence.SourceIds, evidence.TargetIds, logOdds, sd, parameters, (s, t) =>
        {
            var i = (s * evidence.TargetCount) + t;
            var prior = priors[i].Mean;
            var terms = names.Select((name, m) => new LogOddsTerm(name, votes[m][i] ? 1 : 0)).ToArray();
            return new LinkExplanation(evidence.SourceIds[s], evidence.TargetIds[t], LinkPosteriors.Sigmoid(logOdds[i]), logOdds[i], sd[i],
                Math.Log(prior / (1 - prior)), terms, 0, [], []);
        });
    }

    // Its own moments (each term divided by n before adding), not Core's Spread.Of: the sigmoid saturates
    // to exactly 1.0 for large z, so ties among top pairs depend on the last bits, and Spread.Of's rounding
    // moved 21 committed numbers of this baseline (Waterloo/grp09 MAP .244 -> .257).
    private static double[] SigmoidZ(ReadOnlySpan<double> raw)
    {
        var mean = 0.0;
        foreach (var v in raw)
        {
            mean += v / raw.Length;
        }

        var variance = 0.0;
        foreach (var v in raw)
        {
            variance += (v - mean) * (v - mean) / raw.Length;
        }

        var sd = Math.Sqrt(variance);
        var result = new double[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            result[i] = sd > 0 ? LinkPosteriors.Sigmoid((raw[i] - mean) / sd) : 0.5;
        }

        return result;
    }
}

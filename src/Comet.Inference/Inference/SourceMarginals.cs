using System.Numerics.Tensors;
using MathNet.Numerics;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// Exact integration of each source's propensity pi_s (given the evidence log-likelihood ratios l_st
/// of its pairs and the hyperparameters), by quadrature on a fixed grid of logit pi. With z summed out,
/// p(data_s | pi) is proportional to prod_t (1 - pi + pi e^l_st), so on the grid
/// L_s(pi) = sum_t log(1 + odds(pi) e^l_st) + T log(1 - pi). From it:
/// the concentration a by empirical Bayes (marginal likelihood over a grid of a), the posterior of
/// pi_s, and the exact link posterior q_st = E[sigmoid(logit pi_s + l_st) | data_s]. Unlike a
/// mean-field factor q(pi_s), this keeps the coupling of a source's links, so link counts and
/// propensities stay calibrated. Vectorised per grid point: cost O(pairs x grid).
/// </summary>
internal static class SourceMarginals
{
    public const int GridSize = 64;
    private const double LowestLogit = -12;
    private const double HighestLogit = 6;
    private const double NegligibleEvidence = -10;


    public static double Spacing => (HighestLogit - LowestLogit) / (GridSize - 1);

    public static double[] Logits { get; } = Enumerable.Range(0, GridSize).Select(g => LowestLogit + (g * ((HighestLogit - LowestLogit) / (GridSize - 1)))).ToArray();

    public static double[] Probabilities { get; } = Logits.Select(LinkPosteriors.Sigmoid).ToArray();

    private static readonly double[] Odds = Logits.Select(Math.Exp).ToArray();

    /// <summary>
    /// L_s on the grid for every source (row-major evidence, sources x targets). Pairs with evidence
    /// below <see cref="NegligibleEvidence"/> enter through log(1 + x) ~ x (x = odds e^l &lt;= 0.02 on the
    /// grid, error below 2e-4 per pair, and only at grid points far above any plausible propensity),
    /// so the vectorised loop runs over the informative pairs only. The sum is raised to the power
    /// <paramref name="tempering"/> (<see cref="Model.FitSettings.SourceEvidenceTempering"/>).
    /// </summary>
    public static double[][] LogLikelihoods(double[] evidence, int sources, int targets, double tempering)
    {
        var result = new double[sources][];
        // Single precision inside the vectorised loop (twice the SIMD width): a row's sum of up to a
        // few thousand terms keeps about 1e-4 absolute accuracy, far below what moves the posterior.
        Parallel.For(0, sources, () => (new float[targets], new float[targets]), (s, _, buffers) =>
        {
            var (informative, scratch) = buffers;
            var count = 0;
            var negligible = 0.0;
            foreach (var l in evidence.AsSpan(s * targets, targets))
            {
                if (l < NegligibleEvidence)
                {
                    negligible += Math.Exp(l);
                }
                else
                {
                    informative[count++] = (float)Math.Min(l, 80);
                }
            }

            var values = informative.AsSpan(0, count);
            var work = scratch.AsSpan(0, count);
            TensorPrimitives.Exp(values, values);
            var row = new double[GridSize];
            for (var g = 0; g < GridSize; g++)
            {
                TensorPrimitives.Multiply(values, (float)Odds[g], work);
                TensorPrimitives.Add(work, 1f, work);
                TensorPrimitives.Log(work, work);
                row[g] = tempering * (TensorPrimitives.Sum<float>(work) + (Odds[g] * negligible) + (targets * Math.Log(1 - Probabilities[g])));
            }

            result[s] = row;
            return buffers;
        }, _ => { });
        return result;
    }

    /// <summary>The concentration of highest marginal likelihood (ties keep the smaller one).</summary>
    public static double ChooseConcentration(IReadOnlyList<double> concentrations, double density, double[][] logLikelihoods)
    {
        var best = concentrations[0];
        var bestScore = double.NegativeInfinity;
        foreach (var a in concentrations)
        {
            var prior = LogPrior(a, density);
            var score = logLikelihoods.Sum(row => LogSumExp(row, prior));
            if (score > bestScore)
            {
                bestScore = score;
                best = a;
            }
        }

        return best;
    }

    public static SourcePosterior[] Posteriors(double concentration, double density, double[][] logLikelihoods)
    {
        var prior = LogPrior(concentration, density);
        return logLikelihoods.Select(row =>
        {
            var normaliser = LogSumExp(row, prior);
            return new SourcePosterior(row.Select((l, g) => Math.Exp(l + prior[g] - normaliser)).ToArray());
        }).ToArray();
    }

    /// <summary>q_st = sum_g w_sg sigmoid(logit_g + l_st), written into <paramref name="posterior"/>.</summary>
    public static void Expectations(double[] evidence, SourcePosterior[] sources, int targets, double[] posterior)
    {
        Parallel.For(0, sources.Length, () => new double[targets], (s, _, scratch) =>
        {
            var row = evidence.AsSpan(s * targets, targets);
            var q = posterior.AsSpan(s * targets, targets);
            q.Clear();
            var weights = sources[s].Weights;
            for (var g = 0; g < GridSize; g++)
            {
                // Grid points with almost no posterior mass move q by less than 1e-9; skipping them is the speed-up.
                if (weights[g] < 1e-9 / GridSize)
                {
                    continue;
                }

                TensorPrimitives.Add(row, Logits[g], scratch);
                TensorPrimitives.Sigmoid<double>(scratch, scratch);
                TensorPrimitives.MultiplyAdd(scratch, weights[g], q, q);
            }

            return scratch;
        }, _ => { });
    }

    /// <summary>log Beta(pi; a m, a (1 - m)) mass per grid point in logit measure, normalised over the grid.</summary>
    private static double[] LogPrior(double concentration, double density)
    {
        double alpha = concentration * density, beta = concentration * (1 - density);
        var raw = Probabilities.Select(p => (alpha * Math.Log(p)) + (beta * Math.Log(1 - p)) - SpecialFunctions.BetaLn(alpha, beta)).ToArray();
        var normaliser = LogSumExp(raw, new double[GridSize]);
        return raw.Select(r => r - normaliser).ToArray();
    }

    private static double LogSumExp(double[] values, double[] offsets)
    {
        var max = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            max = Math.Max(max, values[i] + offsets[i]);
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += Math.Exp(values[i] + offsets[i] - max);
        }

        return max + Math.Log(sum);
    }
}

using Comet.Inference.Features;
using Comet.Inference.Model;
using MathNet.Numerics.Distributions;

namespace Comet.Inference.Inference;

/// <summary>
/// The answers' say in the measure weights w. The Gaussian M-step learns w from all pairs without
/// labels, and on real data its class shapes are wrong in ways no amount of unlabelled pairs fixes;
/// answers are labels, noisy ones. So when there are answers, w may be refitted to maximise
/// <code>
/// sum_i log P(a_i | eta_i)  -  kappa/2 |w - s w_gen|^2,   w &gt;= 0, s &gt;= 0
/// P(a_i | eta_i) = P(a_i | z=1) sigmoid(eta_i) + P(a_i | z=0) (1 - sigmoid(eta_i))
/// eta_i = prior_i + delta + w'(x_i - midpoint)
/// </code>
/// with the confusion matrix of <see cref="FeedbackLikelihood"/> (so flipped answers are expected, not
/// fitted), the pair's prior log-odds (its source's propensity and the count offset) held fixed, a free
/// level shift delta, and the Gaussian M-step's weights w_gen, up to a free scale s, as the prior mean;
/// w / s goes back to the model (the balance of the measures, not their overall steepness). The objective is
/// not concave everywhere (a noisy answer's likelihood flattens out at both ends), so it is climbed
/// by EM over the answers' truth: soft labels r_i, then one projected Newton step of the soft-label
/// logistic objective per round.
/// How far answers may pull w (kappa) is chosen by cross-validation over the answers themselves
/// (<see cref="ChoosePrecision"/>): with few or very noisy answers no kappa predicts held-out answers
/// better than w_gen does, and the weights stay where the unlabelled data put them.
/// </summary>
internal sealed class AnswerWeightFit
{
    private const int Folds = 5;

    // Weights to 1e-4 in log-odds per unit feature: far below what moves a ranking.
    private const int MaxRounds = 40;
    private const double Tolerance = 1e-4;

    // A scale s at or below this is s at its bound 0 (see Weights).
    private const double MinimumScale = 1e-9;

    // One-sided level of the refit's significance test over all candidate precisions together (see RequiredZ).
    private const double FamilyLevel = 0.025;

    // Answers per chunk of the Newton sums; cross-validation looks at most at CrossValidationAnswers of them.
    private const int AnswerChunk = 8192;
    private const int CrossValidationAnswers = 20000;
    private readonly double[][] _centred;
    private readonly double[] _prior;
    private readonly double[] _givenLink;
    private readonly double[] _givenNoLink;
    private readonly double[] _generative;
    private readonly double[][] _fullDesign;
    private readonly double[][] _scaleDesign;

    public AnswerWeightFit(FeatureSet features, IReadOnlyList<FeedbackObservation> answers, FeedbackLikelihood likelihood, EmissionParameters generative, Func<int, double> priorLogOdds)
    {
        var d = generative.Dimension;
        _generative = generative.Weights;
        _centred = new double[answers.Count][];
        _prior = new double[answers.Count];
        _givenLink = new double[answers.Count];
        _givenNoLink = new double[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            var pair = answers[i].Pair;
            var x = new double[d + 1];
            for (var j = 0; j < d; j++)
            {
                x[j] = features[j, pair] - generative.Midpoint[j];
            }

            x[d] = 1; // the level shift delta
            _centred[i] = x;
            _prior[i] = priorLogOdds(pair);
            (_givenLink[i], _givenNoLink[i]) = likelihood.Probabilities(answers[i]);
        }

        // Designs of the two parameterisations, built once: (x, 0, 1) for (w, s, delta), (w_gen'x, 1) for (s, delta).
        _fullDesign = _centred.Select(x =>
        {
            var z = new double[d + 2];
            Array.Copy(x, z, d);
            z[d + 1] = 1;
            return z;
        }).ToArray();
        _scaleDesign = _centred.Select(x => new[] { Dot(_generative, x), 1.0 }).ToArray();
    }

    private int Dimension => _generative.Length;

    /// <summary>
    /// The weights refitted with prior precision kappa around w_gen, on every answer, and the fit's
    /// raw variables (w, s, delta) to start the next sweep's refit from (<paramref name="start"/>).
    /// </summary>
    public (double[] Weights, double[] State) Weights(double precision, double[]? start = null)
    {
        var (theta, scale, state) = Fit(Enumerable.Range(0, _prior.Length).ToArray(), precision, start);

        // s at its bound 0: the answers found the evidence flat, which says nothing about the balance of
        // the measures (w / s is undefined), so the unlabelled weights stay. Handing back the raw w,
        // all near 0, would silence every measure on the strength of one overall slope.
        return scale is null
            ? ((double[])_generative.Clone(), state)
            : (theta[..Dimension].Select(w => w / scale.Value).ToArray(), state);
    }

    /// <summary>
    /// The kappa among <paramref name="candidates"/> whose fits best predict held-out answers (5 folds),
    /// or null when none beats w_gen (kappa = infinity; s and delta still fitted) clearly: the gain in
    /// held-out log-likelihood must exceed <see cref="RequiredZ"/> standard errors of its per-answer
    /// differences. Answers at a few percent link density with a quarter of them wrong carry a few
    /// hundredths of a bit each; a bare "better on held-out answers" then picks noise about as often as
    /// signal. Folds are drawn by a hash of the answer's position, so the choice is deterministic.
    /// </summary>
    public double? ChoosePrecision(IReadOnlyList<double> candidates)
    {
        if (candidates.Count == 0 || _prior.Length < Folds * 2)
        {
            return null;
        }

        // At most CrossValidationAnswers answers, evenly spaced: the choice needs a good sample, not all.
        var stride = Math.Max(1, (_prior.Length + CrossValidationAnswers - 1) / CrossValidationAnswers);
        var sample = Enumerable.Range(0, _prior.Length).Where(i => i % stride == 0).ToArray();
        var fold = sample.Select(i => (int)((uint)(i * 2654435761u) >> 16) % Folds).ToArray();

        // Every (kappa, fold) fit is independent: run them all at once, infinity (w_gen) first.
        var kappas = new[] { double.PositiveInfinity }.Concat(candidates.OrderByDescending(k => k)).ToArray();
        var scores = kappas.Select(_ => new double[sample.Length]).ToArray();
        Parallel.For(0, kappas.Length * Folds, job => HeldOut(sample, fold, job % Folds, kappas[job / Folds], scores[job / Folds]));
        var baseline = scores[0];
        double? best = null;
        var bestGain = 0.0;
        for (var c = 1; c < kappas.Length; c++)
        {
            var differences = scores[c].Select((x, i) => x - baseline[i]).ToArray();
            var gain = differences.Sum();
            var mean = gain / differences.Length;
            var spread = Math.Sqrt(differences.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, differences.Length - 1));
            var standardError = spread * Math.Sqrt(differences.Length);
            if (gain > bestGain && gain > RequiredZ(candidates.Count) * standardError)
            {
                (best, bestGain) = (kappas[c], gain);
            }
        }

        return best;
    }

    /// <summary>
    /// Standard errors by which a refit must beat w_gen on held-out answers: one-sided 2.5% for the
    /// whole family of candidate precisions, split evenly among them (Bonferroni; 2.58 for five), since
    /// the best of five noisy gains clears a single test's 2.0 far more often than 2.5% of the time. At
    /// 2.0, over the 67 tasks and six feedback seeds (25% of answers wrong), a refit on 117 answers took
    /// CM1-NASA's unseen AP from .472 to .359 (seed 1) and mean unseen AP moved by +0.0002; at 2.58 every
    /// seed's mean is above -0.0001 (+0.0007 on average), while accurate answers keep +0.0020 (+0.0027
    /// at 2.0). Measured by `Comet.Benchmarks -- feedback-seeds` (docs/benchmarks.md).
    /// </summary>
    public static double RequiredZ(int candidates) => Normal.InvCDF(0, 1, 1 - (FamilyLevel / candidates));

    /// <summary>Fits on every fold of the sample but <paramref name="k"/> and writes the log-likelihood of fold k's answers.</summary>
    private void HeldOut(int[] sample, int[] fold, int k, double precision, double[] scores)
    {
        var train = Enumerable.Range(0, sample.Length).Where(n => fold[n] != k).Select(n => sample[n]).ToArray();
        var (theta, _, _) = Fit(train, precision);
        for (var n = 0; n < sample.Length; n++)
        {
            if (fold[n] == k)
            {
                var i = sample[n];
                var p = 1 / (1 + Math.Exp(-Eta(i, theta)));
                scores[n] = Math.Log((_givenLink[i] * p) + (_givenNoLink[i] * (1 - p)));
            }
        }
    }

    private double Eta(int i, double[] theta)
    {
        var eta = _prior[i];
        var x = _centred[i];
        for (var j = 0; j < x.Length; j++)
        {
            eta += theta[j] * x[j];
        }

        return eta;
    }

    /// <summary>
    /// (w, delta) fitted on the answers <paramref name="subset"/>, and the scale s of w against w_gen.
    /// The prior mean of w is s w_gen with s &gt;= 0 free, so answers that only say "the evidence is
    /// steeper (or flatter) than the Gaussians think" move s, not the balance of the measures; w / s,
    /// the balance, is what goes back to the model. kappa = infinity fits s and delta alone.
    /// </summary>
    private (double[] Theta, double? Scale, double[] State) Fit(int[] subset, double precision, double[]? start = null)
    {
        var d = Dimension;
        if (double.IsPositiveInfinity(precision))
        {
            // Variables (s, delta); design (w_gen'x, 1).
            var fitted = Maximise(subset, _scaleDesign, new double[2, 2], start?.Length == 2 ? start : [1, 0], free: 1);
            var result = new double[d + 1];
            for (var j = 0; j < d; j++)
            {
                result[j] = _generative[j] * fitted[0];
            }

            result[d] = fitted[1];
            return (result, fitted[0] > MinimumScale ? fitted[0] : null, fitted);
        }

        // Variables (w_1..w_d, s, delta); design (x, 0, 1); prior kappa/2 |w - s w_gen|^2.
        var prior = new double[d + 2, d + 2];
        for (var j = 0; j < d; j++)
        {
            prior[j, j] = precision;
            prior[j, d] = prior[d, j] = -precision * _generative[j];
            prior[d, d] += precision * _generative[j] * _generative[j];
        }

        if (start?.Length != d + 2)
        {
            start = new double[d + 2];
            Array.Copy(_generative, start, d);
            start[d] = 1;
        }

        var theta = Maximise(subset, _fullDesign, prior, start, free: d + 1);
        var weights = new double[d + 1];
        Array.Copy(theta, weights, d);
        weights[d] = theta[d + 1];
        return (weights, theta[d] > MinimumScale ? theta[d] : null, theta);
    }

    /// <summary>
    /// argmax over v (v_j &gt;= 0 for j &lt; free) of sum_i log P(a_i | prior_i + v'z_i) - 1/2 v'Pv:
    /// EM over the answers' truth, one Newton step of the soft-label objective per round.
    /// </summary>
    private double[] Maximise(int[] subset, double[][] design, double[,] prior, double[] start, int free)
    {
        var m = start.Length;
        var v = (double[])start.Clone();
        for (var round = 0; round < MaxRounds; round++)
        {
            var system = (double[,])prior.Clone();
            var (curvatures, linear) = Accumulate(subset, design, v);
            for (var j = 0; j < m; j++)
            {
                for (var k = 0; k <= j; k++)
                {
                    system[j, k] += curvatures[(j * m) + k];
                    if (k != j)
                    {
                        system[k, j] += curvatures[(j * m) + k];
                    }
                }
            }

            for (var j = 0; j < m; j++)
            {
                system[j, j] += 1e-6; // keeps the system definite along directions no answer sees
            }

            var updated = NonNegativeQuadratic.Solve(system, linear, v, free: free);
            var change = 0.0;
            for (var j = 0; j < m; j++)
            {
                change = Math.Max(change, Math.Abs(updated[j] - v[j]));
            }

            v = updated;
            if (change < Tolerance)
            {
                break;
            }
        }

        return v;
    }

    /// <summary>
    /// The soft-label Newton system at v: curvature sum_i p(1-p) z z' (lower triangle, row-major m x m)
    /// and right-hand side sum_i (r - p + p(1-p) v'z) z. Large subsets are summed in fixed chunks on all
    /// cores and the chunks added in order, so the result does not depend on scheduling.
    /// </summary>
    private (double[] Curvatures, double[] Linear) Accumulate(int[] subset, double[][] design, double[] v)
    {
        var m = v.Length;
        var chunks = (subset.Length + AnswerChunk - 1) / AnswerChunk;
        var parts = new (double[] Curvatures, double[] Linear)[chunks];
        void Chunk(int c)
        {
            var curvatures = new double[m * m];
            var linear = new double[m];
            for (var n = c * AnswerChunk; n < Math.Min(subset.Length, (c + 1) * AnswerChunk); n++)
            {
                var i = subset[n];
                var z = design[i];
                var zv = Dot(v, z);
                var p = 1 / (1 + Math.Exp(-(_prior[i] + zv)));
                var link = _givenLink[i] * p;
                var r = link / (link + (_givenNoLink[i] * (1 - p)));
                var curvature = Math.Max(p * (1 - p), 1e-9);
                for (var j = 0; j < m; j++)
                {
                    // Newton: (H + P) v_new = g + H v, with g the data gradient and H its curvature.
                    linear[j] += ((r - p) + (curvature * zv)) * z[j];
                    var scaled = curvature * z[j];
                    for (var k = 0; k <= j; k++)
                    {
                        curvatures[(j * m) + k] += scaled * z[k];
                    }
                }
            }

            parts[c] = (curvatures, linear);
        }

        if (chunks > 1)
        {
            Parallel.For(0, chunks, Chunk);
        }
        else
        {
            Chunk(0);
        }

        var total = (Curvatures: new double[m * m], Linear: new double[m]);
        foreach (var (curvatures, linear) in parts)
        {
            for (var j = 0; j < m * m; j++)
            {
                total.Curvatures[j] += curvatures[j];
            }

            for (var j = 0; j < m; j++)
            {
                total.Linear[j] += linear[j];
            }
        }

        return total;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}

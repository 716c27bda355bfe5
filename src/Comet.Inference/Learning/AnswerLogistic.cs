using Comet.Inference.Inference;
using Comet.Inference.Model;
using Comet.Inference.Output;
using MathNet.Numerics.LinearAlgebra;
using SimdVector = System.Numerics.Vector<double>;

namespace Comet.Inference.Learning;

/// <summary>
/// The discriminative half of the model: over the answered pairs, a penalised logistic regression
/// logit P(z = 1) = alpha + beta (r - r0) + w'x, with r the unsupervised fit's reported log-odds and r0
/// their median, the pivot (the prior: alpha = r0, beta = 1, w = 0 reproduces r) and x the standardised features, and each answer a noisy
/// vote on z through the developer's confusion matrix psi (<see cref="FeedbackLikelihood"/>, learned
/// alongside). Fitted by minorise-maximise Newton steps: the gradient of the answers' marginal
/// log-likelihood in eta is exactly q - p (q the posterior of z given the answers), and p(1 - p) bounds
/// its curvature, so every step climbs. Priors: alpha ~ N(r0, 2^2) (the typical pair's log-odds: how
/// many links the project has, learned from the answers), beta ~ N(1, 1), w ~ N(0, 1/lambda).
/// Why the pivot: answers usually sit on the best candidates, where the unsupervised fit is too
/// timid (without answers its p of .1-.2 are links 59% of the time on eTour, CCHIT and Dronology) while
/// the bulk of pairs is about right. Centred at 0, the cheapest way for the fit to raise the top was
/// to raise every pair (10 answers on top candidates made 6.5x the true number of links); centred at
/// the typical pair, raising the top costs a steeper beta, and only answers on typical pairs move alpha.
/// </summary>
internal sealed class AnswerLogistic
{
    private const int MaxIterations = 30;

    // Coefficients are read in log-odds per standard deviation: a thousandth is far below what moves a ranking.
    private const double StepTolerance = 1e-3;
    private const double InterceptPrecision = 0.25;
    private const double ScalePrecision = 1.0;
    private const double Fixed = 1e9;
    private const double MinimumScale = 0.1;

    private readonly double[] _offset;
    private readonly IReadOnlyList<double[]> _columns;
    private readonly Dictionary<int, FeedbackObservation[]> _answers;
    private readonly DeveloperAnswers _confusionPrior;
    private readonly double _pivot;

    private readonly int[] _signs;

    /// <param name="signs">Per column: +1 (its weight may not go below 0), -1 (not above 0) or 0 (free).</param>
    /// <param name="offset">r - r0 of every pair: the unsupervised fit's log-odds less the pivot.</param>
    /// <param name="pivot">r0, the median of r: alpha's prior mean.</param>
    public AnswerLogistic(double[] offset, double pivot, IReadOnlyList<double[]> columns, int[] signs, IReadOnlyList<FeedbackObservation> answers, DeveloperAnswers confusionPrior)
    {
        _offset = offset;
        _pivot = pivot;
        _columns = columns;
        _signs = signs;
        _confusionPrior = confusionPrior;
        _answers = answers.GroupBy(a => a.Pair).ToDictionary(g => g.Key, g => g.ToArray());
        Pairs = [.. _answers.Keys.Order()];

        // The answered pairs' designs, gathered once: every fit reads them each iteration, and a gather
        // from the columns at scattered pairs cost most of the cross-validation's time.
        var d = Dimension;
        _rows = new Dictionary<int, int>(Pairs.Length);
        _design = new double[Pairs.Length * d];
        for (var i = 0; i < Pairs.Length; i++)
        {
            _rows[Pairs[i]] = i;
            Design(Pairs[i], _design.AsSpan(i * d, d));
        }
    }

    private readonly Dictionary<int, int> _rows;
    private readonly double[] _design;

    /// <summary>The stored design of an answered pair.</summary>
    private ReadOnlySpan<double> Row(int pair) => _design.AsSpan(_rows[pair] * Dimension, Dimension);

    /// <summary>The answered pairs, ascending.</summary>
    public int[] Pairs { get; }

    public int Dimension => 2 + _columns.Count;

    /// <summary>Coefficients (alpha, beta, w...) and the confusion matrix learned with them.</summary>
    internal sealed record Solution(double[] Theta, FeedbackLikelihood Likelihood)
    {
        public double Intercept => Theta[0];

        public double Scale => Theta[1];
    }

    /// <summary>What is learned: nothing (the prior's coefficients, psi only), the calibration (alpha, beta), or all with weight precision lambda.</summary>
    internal readonly record struct Setting(bool Calibrate, double? WeightPrecision)
    {
        public static Setting PriorOnly => new(false, null);

        public override string ToString() =>
            WeightPrecision is { } lambda ? $"weights (precision {lambda:G3})" : Calibrate ? "calibration" : "prior";
    }

    public Solution Prior() => new([_pivot, 1, .. new double[_columns.Count]], _confusionPrior.PriorMeans);

    public Solution Fit(IReadOnlyList<int> pairs, Setting setting, Solution? start = null)
    {
        var d = Dimension;
        var mean = Prior().Theta;
        var precision = Enumerable.Range(0, d).Select(k => PriorPrecision(k, setting)).ToArray();

        var solution = start ?? Prior();
        var theta = (double[])solution.Theta.Clone();
        if (setting.WeightPrecision is null)
        {
            Array.Copy(mean, 2, theta, 2, d - 2);
        }

        if (!setting.Calibrate)
        {
            (theta[0], theta[1]) = (_pivot, 1);
        }

        var likelihood = solution.Likelihood;
        // The coefficients a setting learns lead theta: alpha and beta for the calibration, all for weights.
        // The rest keep their prior values exactly, so their curvature is never needed.
        var learned = setting.WeightPrecision is not null ? d : setting.Calibrate ? 2 : 0;
        var answered = Gather(pairs);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (gradient, hessian, posterior) = Accumulate(answered, theta, likelihood, learned);
            var step = learned > 0 ? NewtonStep(theta, mean, precision, gradient, hessian, _signs, learned) : 0;
            var updated = UpdateConfusion(answered.Answers, posterior, likelihood);
            var moved = Math.Max(Math.Abs(updated.Sensitivity - likelihood.Sensitivity), Math.Abs(updated.FalseAlarm - likelihood.FalseAlarm));
            likelihood = updated;
            if (step < StepTolerance && moved < StepTolerance)
            {
                break;
            }
        }

        return new Solution(theta, likelihood);
    }

    /// <summary>Where a fit's pairs sit in the stored design, and their answers: looked up once per fit, not per iteration.</summary>
    private readonly record struct AnsweredPairs(int[] Rows, FeedbackObservation[][] Answers)
    {
        public int Count => Rows.Length;
    }

    private AnsweredPairs Gather(IReadOnlyList<int> pairs) =>
        new([.. pairs.Select(pair => _rows[pair])], [.. pairs.Select(pair => _answers[pair])]);

    /// <summary>
    /// Over the pairs, in parallel chunks: the gradient (q - p) z and the curvature sum p (1 - p) z z'
    /// (lower triangle) of the first <paramref name="learned"/> coefficients, and each pair's posterior q.
    /// </summary>
    private (double[] Gradient, double[,] Hessian, double[] Posterior) Accumulate(AnsweredPairs pairs, double[] theta, FeedbackLikelihood likelihood, int learned)
    {
        var d = Dimension;
        var posterior = new double[pairs.Count];
        var gradient = new double[d];
        var hessian = new double[d, d];
        const int chunk = 2048;
        var chunks = (pairs.Count + chunk - 1) / chunk;
        var partial = new double[chunks][];
        Parallel.For(0, chunks, c =>
        {
            // Per chunk: d gradient entries, then the d x d curvature (lower triangle used).
            var sums = partial[c] = new double[d + (d * d)];
            for (var i = c * chunk; i < Math.Min(pairs.Count, (c + 1) * chunk); i++)
            {
                var z = _design.AsSpan(pairs.Rows[i] * d, d);
                var p = LinkPosteriors.Sigmoid(Dot(theta, z));
                var q = Posterior(p, pairs.Answers[i], likelihood);
                posterior[i] = q;
                var weight = Math.Max(p * (1 - p), 1e-12);
                for (var a = 0; a < learned; a++)
                {
                    sums[a] += (q - p) * z[a];
                    AddScaled(sums.AsSpan(d + (a * d), a + 1), weight * z[a], z);
                }
            }
        });

        // Added in chunk order, not as threads finish: the same answers always give the same fit.
        foreach (var sums in partial)
        {
            for (var a = 0; a < d; a++)
            {
                gradient[a] += sums[a];
                for (var b = 0; b <= a; b++)
                {
                    hessian[a, b] += sums[d + (a * d) + b];
                }
            }
        }

        return (gradient, hessian, posterior);
    }

    /// <summary>
    /// Laplace variance of sum_i sigmoid(eta_i) over all <paramref name="pairs"/> from the coefficients the
    /// setting learns: g' H^-1 g, with g = sum_i p_i (1 - p_i) z_i and H the answered pairs' curvature
    /// plus the priors' precisions (the same bound the fit climbs with, so if anything it is a little
    /// narrow). Coefficients the setting holds fixed carry no uncertainty.
    /// </summary>
    public double CountVariance(int pairCount, Solution solution, Setting setting)
    {
        var learned = Enumerable.Range(0, Dimension).Where(k => PriorPrecision(k, setting) < Fixed).ToArray();
        if (learned.Length == 0)
        {
            return 0;
        }

        var d = Dimension;
        const int chunk = 1 << 14;
        var partial = new double[(pairCount + chunk - 1) / chunk][];
        Parallel.For(0, partial.Length, c =>
        {
            var sums = partial[c] = new double[d];
            var z = new double[d];
            for (var pair = c * chunk; pair < Math.Min(pairCount, (c + 1) * chunk); pair++)
            {
                Design(pair, z);
                var p = LinkPosteriors.Sigmoid(Dot(solution.Theta, z));
                var w = p * (1 - p);
                for (var k = 0; k < d; k++)
                {
                    sums[k] += w * z[k];
                }
            }
        });

        // Summed in chunk order, not as threads finish: the same answers always give the same interval.
        var gradient = new double[d];
        foreach (var sums in partial)
        {
            for (var k = 0; k < d; k++)
            {
                gradient[k] += sums[k];
            }
        }

        var (_, curvature, _) = Accumulate(Gather(Pairs), solution.Theta, solution.Likelihood, Dimension);
        var m = learned.Length;
        var h = Matrix<double>.Build.Dense(m, m);
        var g = Vector<double>.Build.Dense(m);
        for (var a = 0; a < m; a++)
        {
            g[a] = gradient[learned[a]];
            for (var b = 0; b <= a; b++)
            {
                var (i, j) = (learned[a], learned[b]);
                h[a, b] = h[b, a] = curvature[Math.Max(i, j), Math.Min(i, j)] + (a == b ? PriorPrecision(i, setting) : 0);
            }
        }

        return Math.Max(0, g.DotProduct(h.Cholesky().Solve(g)));
    }

    /// <summary>The prior precision of a coefficient under a setting; <see cref="Fixed"/> holds one the setting does not learn.</summary>
    private static double PriorPrecision(int coefficient, Setting setting) => coefficient switch
    {
        0 => setting.Calibrate ? InterceptPrecision : Fixed,
        1 => setting.Calibrate ? ScalePrecision : Fixed,
        _ => setting.WeightPrecision ?? Fixed,
    };

    /// <summary>Log-likelihood of the answers on <paramref name="pairs"/> under a solution (z summed out).</summary>
    public double LogLikelihood(IReadOnlyList<int> pairs, Solution solution)
    {
        var sum = 0.0;
        foreach (var pair in pairs)
        {
            var p = LinkPosteriors.Sigmoid(Dot(solution.Theta, Row(pair)));
            var (link, noLink) = Joint(_answers[pair], solution.Likelihood);
            sum += Math.Log(Math.Max((p * link) + ((1 - p) * noLink), 1e-300));
        }

        return sum;
    }

    /// <summary>The answers' own log-odds on a pair under the learned confusion matrix (0 for an unanswered pair).</summary>
    public double AnswerLogOdds(int pair, FeedbackLikelihood likelihood) =>
        _answers.TryGetValue(pair, out var answers) ? answers.Sum(likelihood.LogLikelihoodRatio) : 0;

    /// <summary>(1, r, x) of a pair.</summary>
    public void Design(int pair, Span<double> z)
    {
        z[0] = 1;
        z[1] = _offset[pair];
        for (var k = 0; k < _columns.Count; k++)
        {
            z[k + 2] = _columns[k][pair];
        }
    }

    /// <summary>A damped, sign-projected Newton step on the first <paramref name="learned"/> coefficients; returns the largest change.</summary>
    private static double NewtonStep(double[] theta, double[] mean, double[] precision, double[] gradient, double[,] hessian, int[] signs, int learned)
    {
        var d = learned;
        var h = Matrix<double>.Build.Dense(d, d);
        var g = Vector<double>.Build.Dense(d);
        for (var a = 0; a < d; a++)
        {
            g[a] = gradient[a] - (precision[a] * (theta[a] - mean[a]));
            for (var b = 0; b <= a; b++)
            {
                h[a, b] = h[b, a] = hessian[a, b] + (a == b ? precision[a] : 0);
            }
        }

        var delta = h.Cholesky().Solve(g);
        var largest = 0.0;
        for (var a = 0; a < d; a++)
        {
            // Damped: a long first step from the prior can overshoot where answers are few.
            var change = Math.Clamp(delta[a], -2, 2);
            if (a >= 2 && signs[a - 2] != 0 && signs[a - 2] * (theta[a] + change) < 0)
            {
                change = -theta[a]; // projected onto the allowed sign: the step stops at 0
            }
            else if (a == 1 && theta[a] + change < MinimumScale)
            {
                // beta <= 0 would turn the fit's ranking upside down (a few wrong answers on a small
                // task did: Waterloo/grp23 lost 0.31 AP); the answers may flatten it, not invert it.
                change = MinimumScale - theta[a];
            }

            theta[a] += change;
            largest = Math.Max(largest, Math.Abs(change));
        }

        return largest;
    }

    private FeedbackLikelihood UpdateConfusion(FeedbackObservation[][] answers, double[] posterior, FeedbackLikelihood current) =>
        FeedbackUpdate.Fit(
            answers.SelectMany((ofPair, i) => ofPair.Select(answer => (answer, posterior[i]))),
            current, _confusionPrior);

    /// <summary>
    /// row[b] += scale x z[b] for b &lt; row.Length, a vector at a time: the curvature's inner loop. Multiply
    /// and add stay separate operations (no fused multiply-add), so every sum is the scalar loop's, bit for bit.
    /// </summary>
    private static void AddScaled(Span<double> row, double scale, ReadOnlySpan<double> z)
    {
        var b = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var factor = new SimdVector(scale);
            for (; b <= row.Length - SimdVector.Count; b += SimdVector.Count)
            {
                var sum = new SimdVector(row[b..]) + (factor * new SimdVector(z[b..]));
                sum.CopyTo(row[b..]);
            }
        }

        for (; b < row.Length; b++)
        {
            row[b] += scale * z[b];
        }
    }

    private static double Posterior(double p, FeedbackObservation[] answers, FeedbackLikelihood likelihood)
    {
        var (link, noLink) = Joint(answers, likelihood);
        var yes = p * link;
        return yes / Math.Max(yes + ((1 - p) * noLink), 1e-300);
    }

    private static (double Link, double NoLink) Joint(FeedbackObservation[] answers, FeedbackLikelihood likelihood)
    {
        double link = 1, noLink = 1;
        foreach (var answer in answers)
        {
            var (l, n) = likelihood.Probabilities(answer);
            link *= l;
            noLink *= n;
        }

        return (link, noLink);
    }

    private static double Dot(double[] a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var k = 0; k < a.Length; k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}

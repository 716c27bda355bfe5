using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// The targets' log-odds effects beta_t ~ N(0, spread^2) of <see cref="LinkModel"/>: how link-rich a
/// target is, learned from the answered pairs only. Each sweep, per target with answers, beta_t is the
/// MAP of sum over its answered pairs of q log sigmoid(f + beta) + (1 - q) log sigmoid(-f - beta) -
/// beta^2 / (2 spread^2), with f a pair's log-odds without its answers and without beta (an EM M-step
/// with the answered posteriors q as soft labels; a few Newton steps). Its variance is the inverse
/// curvature there (Laplace). The measures' evidence is cut from beta on purpose: fitted to all pairs,
/// beta rewards the targets that look similar to everything, which the within-target view exists to
/// correct (AP wins over the best measure 34 -> 22-26 of 67 for spreads 0.5-2).
/// </summary>
internal sealed class TargetAnswerEffect
{
    private readonly int[][] answeredPairs;
    private readonly int[] answeredTargets;
    private readonly double precision;

    public TargetAnswerEffect(IReadOnlyList<FeedbackObservation> answers, int targets, double spread)
    {
        var byTarget = answers.Select(a => a.Pair).Distinct().GroupBy(pair => pair % targets).OrderBy(g => g.Key).ToArray();
        answeredTargets = byTarget.Select(g => g.Key).ToArray();
        answeredPairs = byTarget.Select(g => g.Order().ToArray()).ToArray();
        precision = 1 / (spread * spread);
        Effects = new double[targets];
        Variances = new double[targets];
        Array.Fill(Variances, spread * spread);
        Targets = targets;
    }

    /// <summary>beta_t per target (0 where no pair of the target was answered).</summary>
    public double[] Effects { get; }

    /// <summary>Var(beta_t): its prior variance where nothing was answered.</summary>
    public double[] Variances { get; }

    private int Targets { get; }

    /// <summary>One M-step from the last sweep's posteriors q and log-odds, less the answers' log-odds.</summary>
    public void Update(double[] q, double[] logOdds, double[] answerLogOdds)
    {
        Parallel.For(0, answeredTargets.Length, i =>
        {
            var t = answeredTargets[i];
            var pairs = answeredPairs[i];
            var free = pairs.Select(p => logOdds[p] - answerLogOdds[p] - Effects[t]).ToArray();
            var observed = pairs.Sum(p => q[p]);
            var beta = Effects[t];
            var curvature = 0.0;
            for (var step = 0; step < 30; step++)
            {
                var expected = 0.0;
                curvature = 0;
                foreach (var f in free)
                {
                    var p = 1 / (1 + Math.Exp(-(f + beta)));
                    expected += p;
                    curvature += p * (1 - p);
                }

                var change = (observed - expected - (precision * beta)) / (curvature + precision);
                beta += Math.Clamp(change, -2, 2);
                if (Math.Abs(change) < 1e-8)
                {
                    break;
                }
            }

            Effects[t] = beta;
            Variances[t] = 1 / (curvature + precision);
        });
    }

    /// <summary>evidence + beta_t for every pair (row-major sources x targets), written into <paramref name="result"/>.</summary>
    public double[] AddTo(double[] evidence, double[] result)
    {
        var sources = evidence.Length / Targets;
        Parallel.For(0, sources, s =>
        {
            for (var t = 0; t < Targets; t++)
            {
                result[(s * Targets) + t] = evidence[(s * Targets) + t] + Effects[t];
            }
        });
        return result;
    }
}

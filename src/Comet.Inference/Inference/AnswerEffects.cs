using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// The answers' effects on the pairs they did not touch, in <see cref="LinkModel"/>: per source
/// gamma_s ~ N(0, source spread^2) and per target beta_t ~ N(0, target spread^2), log-odds added to
/// the prior of every pair of that source or target. Each is fitted to the answered pairs of its source
/// or target only: its MAP of sum q log sigmoid(f + e) + (1 - q) log sigmoid(-f - e) - e^2 / (2 spread^2)
/// over those pairs, f a pair's log-odds without its answers and without this effect (an EM M-step
/// with the answered posteriors q as soft labels; a few Newton steps; targets first, then sources,
/// each seeing the other's latest effects). Variance: the inverse curvature there (Laplace).
/// The measures' evidence is cut from these effects on purpose (a cut, or modular, node): fitted to all
/// pairs, a target effect rewards targets that look similar to everything, which the within-target
/// view exists to correct (AP wins over the best measure 34 -> 22-26 of 67 for spreads 0.5-2).
/// A source's propensity pi_s sees the answers too, but tempered beside all its measures' evidence; gamma_s
/// is kept out of pi_s's likelihood (else pi_s, the same kind of per-source log-odds, would absorb it).
/// Both spreads and why they are on: <see cref="ModelPriors.SourceAnswerSpread"/>, <see cref="ModelPriors.TargetAnswerSpread"/>.
/// </summary>
internal sealed class AnswerEffects
{
    private readonly Axis sources;
    private readonly Axis targets;
    private readonly int targetCount;

    public AnswerEffects(IReadOnlyList<FeedbackObservation> answers, int sourceCount, int targetCount, AnswerEffect sourceEffect, AnswerEffect targetEffect)
    {
        this.targetCount = targetCount;
        HasSourceEffects = sourceEffect.IsOn;
        var pairs = answers.Select(a => a.Pair).Distinct().ToArray();
        sources = new Axis(pairs, pair => pair / targetCount, sourceCount, sourceEffect.Spread);
        targets = new Axis(pairs, pair => pair % targetCount, targetCount, targetEffect.Spread);
    }

    /// <summary>Whether gamma_s is on (its spread above 0).</summary>
    public bool HasSourceEffects { get; private init; }

    /// <summary>gamma_s per source (0 where nothing of it was answered, or the source spread is 0).</summary>
    public double[] SourceEffects => sources.Effects;

    public double[] SourceVariances => sources.Variances;

    /// <summary>beta_t per target (0 where nothing of it was answered, or the target spread is 0).</summary>
    public double[] TargetEffects => targets.Effects;

    public double[] TargetVariances => targets.Variances;

    /// <summary>None when there are no answers or both spreads are 0.</summary>
    public static AnswerEffects? For(LinkModel model) =>
        model.Feedback.Count > 0 && (model.SourceEffect.IsOn || model.TargetEffect.IsOn)
            ? new AnswerEffects(model.Feedback, model.Sources, model.Targets, model.SourceEffect, model.TargetEffect)
            : null;

    public double Of(int pair) => sources.Effects[pair / targetCount] + targets.Effects[pair % targetCount];

    /// <summary>One M-step from the last sweep's posteriors q and log-odds, and the answers' log-odds.</summary>
    public void Update(double[] q, double[] logOdds, double[] answerLogOdds)
    {
        // logOdds hold last sweep's effects. f keeps the other axis' effect: a target's f includes
        // gamma_s, a source's f the target's new beta_t.
        var before = (double[])targets.Effects.Clone();
        targets.Update(q, pair => logOdds[pair] - answerLogOdds[pair] - before[pair % targetCount]);
        sources.Update(q, pair => logOdds[pair] - answerLogOdds[pair] - before[pair % targetCount] + targets.Effects[pair % targetCount] - sources.Effects[pair / targetCount]);
    }

    /// <summary>
    /// evidence + beta_t (+ gamma_s when <paramref name="withSources"/>) for every pair (row-major
    /// sources x targets), written into <paramref name="result"/>.
    /// </summary>
    public double[] AddTo(double[] evidence, double[] result, bool withSources)
    {
        var rows = evidence.Length / targetCount;
        Parallel.For(0, rows, s =>
        {
            for (var t = 0; t < targetCount; t++)
            {
                var pair = (s * targetCount) + t;
                result[pair] = evidence[pair] + (withSources ? sources.Effects[s] : 0) + targets.Effects[t];
            }
        });
        return result;
    }

    /// <summary>One axis: the effects of its groups (sources or targets) and the answered pairs of each.</summary>
    private sealed class Axis
    {
        private readonly int[] groups;
        private readonly int[][] answeredPairs;
        private readonly double precision;

        public Axis(int[] pairs, Func<int, int> groupOf, int count, double spread)
        {
            var byGroup = spread > 0 ? pairs.GroupBy(groupOf).OrderBy(g => g.Key).ToArray() : [];
            groups = byGroup.Select(g => g.Key).ToArray();
            answeredPairs = byGroup.Select(g => g.Order().ToArray()).ToArray();
            precision = spread > 0 ? 1 / (spread * spread) : 0;
            Effects = new double[count];
            Variances = new double[count];
            Array.Fill(Variances, spread * spread);
        }

        public double[] Effects { get; }

        public double[] Variances { get; }

        /// <summary>Newton on each group's effect, <paramref name="withoutEffect"/> giving a pair's f.</summary>
        public void Update(double[] q, Func<int, double> withoutEffect)
        {
            var free = answeredPairs.Select(pairs => pairs.Select(withoutEffect).ToArray()).ToArray();
            Parallel.For(0, groups.Length, i =>
            {
                var g = groups[i];
                var observed = answeredPairs[i].Sum(pair => q[pair]);
                var effect = Effects[g];
                var curvature = 0.0;
                for (var step = 0; step < 30; step++)
                {
                    var expected = 0.0;
                    curvature = 0;
                    foreach (var f in free[i])
                    {
                        var p = LinkPosteriors.Sigmoid(f + effect);
                        expected += p;
                        curvature += p * (1 - p);
                    }

                    var change = (observed - expected - (precision * effect)) / (curvature + precision);
                    effect += Math.Clamp(change, -2, 2);
                    if (Math.Abs(change) < 1e-8)
                    {
                        break;
                    }
                }

                Effects[g] = effect;
                Variances[g] = 1 / (curvature + precision);
            });
        }
    }
}

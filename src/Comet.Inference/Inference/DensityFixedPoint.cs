using Comet.Inference.Model;
using Comet.Inference.Output;

namespace Comet.Inference.Inference;

/// <summary>
/// The density m's M-step solved for its fixed point. The count constraint holds the answer-free sum of q
/// at m x N after every sweep, so the plain M-step m' = (alpha + sum q) / (alpha + beta + N) moves m only
/// (alpha + beta) / (alpha + beta + N) of the way to its fixed point: it contracts at N / (alpha + beta + N)
/// per sweep, 2/3 at the default strength of half the pairs (<see cref="ModelPriors.DensityStrengthFraction"/>),
/// the rate at which every benchmark task's plain fit converges. Writing sum q as the constrained m x N plus
/// the answers' extra mass e = sum q - sum q(answers left out), the M-step's fixed point is
/// m = (alpha + e) / (alpha + beta): the prior mean without answers. Its fixed points are the plain
/// M-step's wherever the constraint holds. The answer-free sum is taken as it is, not as m x N: the
/// constraint's Newton solve stops within 1e-6 of its target, and a step that read that slack as a
/// response would swing m around it for ever.
/// </summary>
internal static class DensityFixedPoint
{
    // m stays a share of the pairs whatever a far-off first sweep says.
    private const double Bound = 1e-9;

    /// <param name="prior">m's Beta prior.</param>
    /// <param name="softLinks">sum q.</param>
    /// <param name="logOdds">logit q, the count offset included.</param>
    /// <param name="answerLogOdds">The answers' share of <paramref name="logOdds"/> (empty without answers).</param>
    public static double Step(BetaPrior prior, double softLinks, double[] logOdds, double[] answerLogOdds)
    {
        var extra = answerLogOdds.Length == 0 ? 0 : softLinks - AnswerFreeSoftLinks(logOdds, answerLogOdds);
        return Math.Clamp((prior.Alpha + extra) / prior.Strength, Bound, 1 - Bound);
    }

    private static double AnswerFreeSoftLinks(double[] logOdds, double[] answerLogOdds)
    {
        var sum = 0.0;
        for (var i = 0; i < logOdds.Length; i++)
        {
            sum += LinkPosteriors.Sigmoid(logOdds[i] - answerLogOdds[i]);
        }

        return sum;
    }
}

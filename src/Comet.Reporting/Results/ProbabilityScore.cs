namespace Comet.Reporting.Results;

/// <summary>
/// Proper scoring rules of a run's probabilities over every candidate pair: lower is better, and
/// unlike the expected calibration error they cannot hide a few hundred confident mistakes among
/// hundreds of thousands of near-zero pairs. The skill compares the Brier score with always saying
/// the task's link density (0: no better than that constant; below 0: worse).
/// </summary>
public sealed record ProbabilityScore(double Brier, double LogLoss, double BrierSkill)
{
    // A probability of exactly 0 or 1 on a wrong answer would make the log loss infinite.
    private const double Floor = 1e-12;

    public static ProbabilityScore Compute(IEnumerable<(double Probability, bool IsLink)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        double brier = 0, logLoss = 0, links = 0;
        var count = 0;
        foreach (var (p, isLink) in pairs)
        {
            var y = isLink ? 1.0 : 0.0;
            brier += (p - y) * (p - y);
            logLoss -= Math.Log(Math.Clamp(isLink ? p : 1 - p, Floor, 1));
            links += y;
            count++;
        }

        if (count == 0)
        {
            return new ProbabilityScore(double.NaN, double.NaN, double.NaN);
        }

        var density = links / count;
        var constant = density * (1 - density);
        brier /= count;
        return new ProbabilityScore(brier, logLoss / count, constant > 0 ? 1 - (brier / constant) : double.NaN);
    }
}

namespace Comet.Evaluation.Metrics;

/// <summary>
/// Precision, recall, F1 and F2 of the decision "link iff score &gt;= t" (NaN scores are never links):
/// <c>P = TP / predicted</c>, <c>R = TP / |G|</c> (all unique gold links, ranked or not),
/// <c>F_beta = (1 + beta^2) P R / (beta^2 P + R)</c>. Departures from the undefined textbook cases:
/// P = 0 when nothing is predicted, F = 0 when P + R = 0; R (and so F) is NaN when the gold is empty.
/// </summary>
public static class ThresholdMetrics
{
    public static ThresholdResult Compute(JudgedRun run, double threshold)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (double.IsNaN(threshold))
        {
            throw new ArgumentException("The threshold must be a number.", nameof(threshold));
        }

        var scores = run.Scores;
        var relevant = run.Relevant;
        var predicted = 0;
        var truePositives = 0;
        for (var rank = 0; rank < scores.Length; rank++)
        {
            if (scores[rank] >= threshold)
            {
                predicted++;
                truePositives += relevant[rank] ? 1 : 0;
            }
        }

        var precision = predicted == 0 ? 0.0 : truePositives / (double)predicted;
        var recall = run.GoldCount == 0 ? double.NaN : truePositives / (double)run.GoldCount;
        return new ThresholdResult(threshold, predicted, truePositives, precision, recall, FScore(precision, recall, 1), FScore(precision, recall, 2));
    }

    /// <summary>The weighted harmonic mean of precision and recall; 0 when both are 0.</summary>
    public static double FScore(double precision, double recall, double beta)
    {
        var betaSquared = beta * beta;
        var denominator = (betaSquared * precision) + recall;
        return denominator == 0 ? 0.0 : (1 + betaSquared) * precision * recall / denominator;
    }
}

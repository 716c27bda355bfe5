namespace Comet.Server.Scoring;

/// <summary>Mean and population standard deviation of a run's scores: what both scorers' z-values are taken against.</summary>
internal static class ScoreStatistics
{
    public static (double Mean, double Deviation) MeanAndDeviation(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0)
        {
            return (0, 0);
        }

        // Two passes: the single-pass formula loses precision when scores are nearly equal.
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / scores.Count;
        return (mean, Math.Sqrt(variance));
    }
}

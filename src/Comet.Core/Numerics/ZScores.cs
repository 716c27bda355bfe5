namespace Comet.Core.Numerics;

/// <summary>Standardises scores over all cells: (s - mean) / sd, population sd; all zeros when sd is 0.</summary>
public static class ZScores
{
    private const double RelativeTolerance = 1e-12;

    public static double[] Of(ReadOnlySpan<double> scores)
    {
        var result = new double[scores.Length];
        if (scores.Length == 0)
        {
            return result;
        }

        var spread = Spread.Of(scores);
        var mean = spread.Mean;
        var sd = spread.Sd;

        // A constant measure carries no ranking information; zeros keep it from dominating the average.
        // The relative bound catches constants whose mean is off by rounding (sd ~ 1e-17, not 0).
        if (!(sd > RelativeTolerance * Math.Abs(mean)) || !(sd > 0) || !double.IsFinite(sd))
        {
            return result;
        }

        // Divided, not multiplied by 1 / sd as Spread.Standardise does: the committed results were made so.
        for (var c = 0; c < scores.Length; c++)
        {
            result[c] = (scores[c] - mean) / sd;
        }

        return result;
    }
}

namespace Comet.Evaluation.Metrics;

/// <summary>
/// Global average precision over one ranked list of all candidate pairs (what COMET reported):
/// <c>AP = (1 / |G|) * sum over ranks r with a relevant pair of (relevant pairs in ranks 1..r) / r</c>,
/// where |G| is the number of unique gold links. Departure from the textbook's "AP over retrieved
/// documents": gold links the run never ranks stay in the denominator, i.e. they count as misses with
/// precision 0. Ties are whatever order <see cref="Core.Links.LinkOrder"/> gave (score, then ids), so
/// a run with ties is scored for one fixed, reproducible order, not for the mean over tie orders.
/// NaN when the gold standard is empty.
/// </summary>
public static class AveragePrecision
{
    public static double Compute(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Of(run.Relevant, run.GoldCount);
    }

    /// <summary>The same over a ranked list of relevance flags and the number of gold links it is judged against.</summary>
    public static double Of(ReadOnlySpan<bool> relevant, int goldCount)
    {
        if (goldCount == 0)
        {
            return double.NaN;
        }

        var hits = 0;
        var sum = 0.0;
        for (var rank = 0; rank < relevant.Length; rank++)
        {
            if (relevant[rank])
            {
                hits++;
                sum += hits / (double)(rank + 1);
            }
        }

        return sum / goldCount;
    }
}

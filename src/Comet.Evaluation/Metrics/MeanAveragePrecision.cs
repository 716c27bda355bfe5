namespace Comet.Evaluation.Metrics;

/// <summary>
/// Mean of per-source average precision (what TRIAD and most IR papers report):
/// <c>MAP = (1 / |S+|) * sum over s in S+ of AP(s)</c>, with S+ the sources that have at least one gold
/// link and <c>AP(s) = (1 / |G(s)|) * sum over the ranks r (within s's own ranked targets) of a relevant
/// target of (relevant targets in ranks 1..r) / r</c>. As in trec_eval, |G(s)| counts all of s's gold
/// links, ranked or not; a linked source the run never ranks scores 0. Sources without gold links are
/// left out (their AP is undefined). Within a source, ties follow <see cref="Core.Links.LinkOrder"/>
/// (target id). NaN when no source has a gold link.
/// </summary>
public static class MeanAveragePrecision
{
    public static double Compute(JudgedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var goldBySource = run.GoldBySource;
        var rankInSource = new int[goldBySource.Length];
        var hitsInSource = new int[goldBySource.Length];
        var precisionSum = new double[goldBySource.Length];
        var relevant = run.Relevant;
        var sourceOf = run.SourceOf;
        for (var rank = 0; rank < relevant.Length; rank++)
        {
            var source = sourceOf[rank];
            rankInSource[source]++;
            if (relevant[rank])
            {
                hitsInSource[source]++;
                precisionSum[source] += hitsInSource[source] / (double)rankInSource[source];
            }
        }

        var linked = 0;
        var total = 0.0;
        for (var source = 0; source < goldBySource.Length; source++)
        {
            if (goldBySource[source] > 0)
            {
                linked++;
                total += precisionSum[source] / goldBySource[source];
            }
        }

        return linked == 0 ? double.NaN : total / linked;
    }
}

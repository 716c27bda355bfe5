namespace Comet.Evaluation.Metrics;

/// <summary>
/// Per-source precision and recall at rank cutoff k, averaged over the sources with at least one gold
/// link (sources without gold links are left out, as in MAP):
/// <c>P@k = mean over s of hits_k(s) / k</c> and <c>R@k = mean over s of hits_k(s) / |G(s)|</c>, where
/// hits_k(s) counts gold targets among the first k targets ranked for s. As in trec_eval, P@k divides
/// by k even when s has fewer than k ranked targets (the missing ranks count as misses), so a perfect
/// run can score below 1. A linked source the run never ranks scores 0 on both.
/// Ties within a source follow <see cref="Core.Links.LinkOrder"/> (target id). NaN when no source is linked.
/// </summary>
public static class PrecisionRecallAtK
{
    public static CutoffResult Compute(JudgedRun run, int k)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var goldBySource = run.GoldBySource;
        var rankInSource = new int[goldBySource.Length];
        var hitsInSource = new int[goldBySource.Length];
        var relevant = run.Relevant;
        var sourceOf = run.SourceOf;
        for (var rank = 0; rank < relevant.Length; rank++)
        {
            var source = sourceOf[rank];
            if (++rankInSource[source] <= k && relevant[rank])
            {
                hitsInSource[source]++;
            }
        }

        var linked = 0;
        var precision = 0.0;
        var recall = 0.0;
        for (var source = 0; source < goldBySource.Length; source++)
        {
            if (goldBySource[source] > 0)
            {
                linked++;
                precision += hitsInSource[source] / (double)k;
                recall += hitsInSource[source] / (double)goldBySource[source];
            }
        }

        return linked == 0
            ? new CutoffResult(k, double.NaN, double.NaN)
            : new CutoffResult(k, precision / linked, recall / linked);
    }
}

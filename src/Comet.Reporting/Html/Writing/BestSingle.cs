using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Writing;

/// <summary>
/// The best single measure of a task by AP and by MAP: the oracle choice that a model must beat
/// (docs/evaluation.md). Only <see cref="RunKind.Measure"/> runs compete; ties go to the first run.
/// </summary>
internal sealed record BestSingle(EvaluatedRun? Ap, EvaluatedRun? Map)
{
    public static BestSingle Of(IReadOnlyList<EvaluatedRun> runs)
    {
        var measures = runs.Where(r => r.Kind == RunKind.Measure).ToArray();
        return new BestSingle(
            Max(measures, r => r.Metrics.AveragePrecision),
            Max(measures, r => r.Metrics.MeanAveragePrecision));
    }

    private static EvaluatedRun? Max(EvaluatedRun[] runs, Func<EvaluatedRun, double> metric)
    {
        EvaluatedRun? best = null;
        foreach (var run in runs.Where(r => !double.IsNaN(metric(r))))
        {
            best = best is null || metric(run) > metric(best) ? run : best;
        }

        return best;
    }
}

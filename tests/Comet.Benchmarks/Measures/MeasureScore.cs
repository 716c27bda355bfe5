using Comet.Core.Similarity;
using Comet.Evaluation.Metrics;

namespace Comet.Benchmarks.Measures;

/// <summary>AP and MAP of one matrix, in percent, formatted with the invariant culture.</summary>
internal readonly record struct MeasureScore(double Ap, double Map)
{
    public static MeasureScore Of(SimilarityMatrix matrix, LoadedTask task)
    {
        var metrics = Evaluator.Evaluate(matrix, task.Task.Gold);
        return new MeasureScore(100 * metrics.AveragePrecision, 100 * metrics.MeanAveragePrecision);
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Ap,6:F2} / {Map,6:F2}");
}

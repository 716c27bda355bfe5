using Comet.Evaluation.Metrics;
using Comet.Reporting.Results;

namespace Comet.Reporting.Tests.Results;

/// <summary>A model run's evaluation row over a few (probability, is link) pairs, for the result-file tests.</summary>
internal static class ModelRows
{
    public static EvaluationRow Of(double ap, (double, bool)[] pairs) =>
        new("t", "model hbn", new MetricSet(ap, 0.5, 0.5, new CutoffScores(1, 1, 1), new CutoffScores(1, 1, 1), null, 3, 1, 1, 1, 3), 0)
        {
            Reliability = ReliabilityBin.Compute(pairs),
            Scores = ProbabilityScore.Compute(pairs),
        };
}

using System.Globalization;

namespace Comet.Evaluation.Metrics;

/// <summary>Binary-decision quality when every pair with score &gt;= <paramref name="Threshold"/> is predicted a link.</summary>
/// <param name="Threshold">The cut; fixed in advance, never tuned on the gold being evaluated.</param>
/// <param name="Predicted">Pairs predicted as links.</param>
/// <param name="TruePositives">Predicted pairs that are gold links.</param>
public sealed record ThresholdResult(
    double Threshold,
    int Predicted,
    int TruePositives,
    double Precision,
    double Recall,
    double F1,
    double F2)
{
    /// <summary>The decision rule in words, for tables and logs, e.g. "score >= 0.5".</summary>
    public string Rule => "score >= " + Threshold.ToString("R", CultureInfo.InvariantCulture);
}

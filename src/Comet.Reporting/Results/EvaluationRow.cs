using Comet.Evaluation.Metrics;

namespace Comet.Reporting.Results;

/// <summary>Metrics of one run (a measure, a model, or COMET's released output) on one benchmark task.</summary>
/// <param name="Dataset">Task id, e.g. "LibEST/req-code".</param>
/// <param name="Run">Run name: a measure name, or "COMET (original)".</param>
/// <param name="Seconds">Time to compute this run's scores (analysis and loading excluded; 0 for released outputs).</param>
public sealed record EvaluationRow(string Dataset, string Run, MetricSet Metrics, double Seconds)
{
    /// <summary>Reliability bins of a run whose scores are probabilities (a model); null otherwise.</summary>
    public IReadOnlyList<ReliabilityBin>? Reliability { get; init; }

    /// <summary>Brier score and log loss of a run whose scores are probabilities; null otherwise.</summary>
    public ProbabilityScore? Scores { get; init; }
}

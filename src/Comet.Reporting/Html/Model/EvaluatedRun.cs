using Comet.Core.Links;
using Comet.Evaluation.Metrics;

namespace Comet.Reporting.Html.Model;

/// <summary>One run on a benchmark task with its ranking (for the curves) and its metrics (for the table).</summary>
/// <param name="Name">Run name as in the result tables, e.g. "vsm" or "COMET (original)".</param>
/// <param name="Kind">Measure, model or released reference output.</param>
/// <param name="Ranking">Every pair the run ranks, in rank order.</param>
/// <param name="Metrics">The run's metrics against the task's gold standard.</param>
/// <param name="ScoresAreProbabilities">True when the scores are probabilities (the calibration plot then uses them unscaled).</param>
public sealed record EvaluatedRun(string Name, RunKind Kind, RankedLinks Ranking, MetricSet Metrics, bool ScoresAreProbabilities = false);

using Comet.Core.Links;
using Comet.Core.Similarity;

namespace Comet.Evaluation.Metrics;

/// <summary>
/// The one entry point for scoring a run against a gold standard. Rankings use
/// <see cref="LinkOrder"/> (score descending, then source id, then target id, ordinal; NaN last),
/// the project's only tie-break rule. Linear in the run size after judging; thread-safe.
/// </summary>
public static class Evaluator
{
    /// <param name="run">The ranked pairs.</param>
    /// <param name="gold">The oracle links.</param>
    /// <param name="candidates">The task's sources x targets (for AUC); null = the run's own sources x targets.</param>
    /// <param name="threshold">If given, also precision/recall/F1/F2 of "score >= threshold".</param>
    public static MetricSet Evaluate(RankedLinks run, GoldStandard gold, CandidateSpace? candidates = null, double? threshold = null) =>
        Evaluate(JudgedRun.Create(run, gold, candidates), threshold);

    /// <summary>
    /// Metrics over the pairs <paramref name="keep"/> admits, the run and the gold restricted alike (the
    /// pairs nobody answered, the sources nobody reviewed): AP and MAP are exact on that subset; AUC treats
    /// the left-out pairs as unscored non-links (they hold no gold).
    /// </summary>
    public static MetricSet EvaluateWhere(RankedLinks run, GoldStandard gold, Func<TraceLink, bool> keep, CandidateSpace? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(keep);
        return Evaluate(new RankedLinks(run.Where(l => keep(l.Link))), new GoldStandard(gold.Links.Where(keep)), candidates);
    }

    /// <summary>Evaluates every cell of a matrix (candidates = its sources x targets).</summary>
    public static MetricSet Evaluate(SimilarityMatrix matrix, GoldStandard gold, double? threshold = null) =>
        Evaluate(JudgedRun.Create(matrix, gold), threshold);

    public static MetricSet Evaluate(JudgedRun run, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cutoffs = CutoffScores.Cutoffs.Select(k => PrecisionRecallAtK.Compute(run, k)).ToArray();
        return new MetricSet(
            AveragePrecision.Compute(run),
            MeanAveragePrecision.Compute(run),
            RocAuc.Compute(run),
            new CutoffScores(cutoffs[0].Precision, cutoffs[1].Precision, cutoffs[2].Precision),
            new CutoffScores(cutoffs[0].Recall, cutoffs[1].Recall, cutoffs[2].Recall),
            threshold is { } t ? ThresholdMetrics.Compute(run, t) : null,
            run.Count,
            run.GoldCount,
            run.RankedGoldCount,
            run.LinkedSourceCount,
            run.CandidateCount);
    }
}

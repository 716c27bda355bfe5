namespace Comet.Evaluation.Metrics;

/// <summary>
/// Every metric of docs/evaluation.md for one run, with the counts needed to read them. Immutable.
/// Each metric's exact definition is on its class: <see cref="Metrics.AveragePrecision"/>,
/// <see cref="Metrics.MeanAveragePrecision"/>, <see cref="RocAuc"/>, <see cref="PrecisionRecallAtK"/>,
/// <see cref="ThresholdMetrics"/>.
/// </summary>
/// <param name="Threshold">Binary-decision metrics; null when no threshold was given.</param>
/// <param name="RankedPairs">Pairs the run ranks.</param>
/// <param name="GoldLinks">Unique gold links (AP and recall denominator).</param>
/// <param name="GoldRanked">Gold links the run ranks.</param>
/// <param name="LinkedSources">Sources with at least one gold link (MAP, P@k and R@k average over them).</param>
/// <param name="CandidatePairs">Candidate pairs (the AUC population).</param>
public sealed record MetricSet(
    double AveragePrecision,
    double MeanAveragePrecision,
    double Auc,
    CutoffScores PrecisionAt,
    CutoffScores RecallAt,
    ThresholdResult? Threshold,
    int RankedPairs,
    int GoldLinks,
    int GoldRanked,
    int LinkedSources,
    long CandidatePairs);

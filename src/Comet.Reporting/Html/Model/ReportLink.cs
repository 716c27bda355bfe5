using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>One candidate link as the report shows it under its source.</summary>
/// <param name="TargetId">The linked code file, test or other target.</param>
/// <param name="Rank">Rank among this source's candidates (1 = best), by the ranking score.</param>
/// <param name="Score">The ranking score (the first measure's, or the model's).</param>
/// <param name="MeasureScores">Each measure's score, in the order of <see cref="TargetGroupReport.MeasureNames"/>.</param>
/// <param name="Probability">The model's probability; null until a model provides one.</param>
/// <param name="Level">Probability if known, else the min-max scaled score; the bucket comes from it.</param>
/// <param name="Explanation">The model's explanation if it gave one, else the per-measure ranks.</param>
/// <param name="IsGold">Whether the gold standard holds the pair; null when there is no gold standard.</param>
public sealed record ReportLink(
    string TargetId,
    int Rank,
    double Score,
    IReadOnlyList<double> MeasureScores,
    double? Probability,
    double Level,
    LinkBucket Bucket,
    string Explanation,
    bool? IsGold);

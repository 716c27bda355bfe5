using Comet.Core.Artifacts;
using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>
/// The traceability from the sources to one group of targets (e.g. "code" or "tests"): links per
/// source, gaps on both sides, and the matrix of levels for the heat map. Immutable once built.
/// </summary>
/// <param name="Name">The group's name, e.g. "code".</param>
/// <param name="RankedBy">The measure or model that ranks the links.</param>
/// <param name="MeasureNames">Measures whose scores are shown beside each link.</param>
/// <param name="LevelKind">Whether levels are probabilities or scaled scores.</param>
/// <param name="ModelName">The model that gave the probabilities; null with scaled scores.</param>
/// <param name="Targets">The target artifacts, in matrix column order.</param>
/// <param name="PerSource">One entry per source, in matrix row order.</param>
/// <param name="UnlinkedTargets">Targets that no source links to with at least "unsure" or "needs review": the targets' gaps.</param>
/// <param name="Levels">Row-major sources x targets levels (0..1, NaN where unknown) for the heat map.</param>
/// <param name="Gold">The gold links of this group; empty without a gold standard.</param>
public sealed record TargetGroupReport(
    string Name,
    string RankedBy,
    IReadOnlyList<string> MeasureNames,
    LevelKind LevelKind,
    string? ModelName,
    ArtifactSet Targets,
    IReadOnlyList<SourceLinks> PerSource,
    IReadOnlyList<Artifact> UnlinkedTargets,
    IReadOnlyList<double> Levels,
    GoldStandard Gold)
{
    public bool HasGold => Gold.Count > 0;

    /// <summary>Sources whose best candidate is "probably not": requirements without a probable link.</summary>
    public IEnumerable<SourceLinks> UnlinkedSources => PerSource.Where(s => s.Best != LinkBucket.ProbablyLinked);

    /// <summary>Sources whose best candidate is "probably not" even after the review marker: gaps the model stands behind.</summary>
    public IEnumerable<SourceLinks> GapSources => PerSource.Where(s => LinkBuckets.IsGap(s.Best));
}

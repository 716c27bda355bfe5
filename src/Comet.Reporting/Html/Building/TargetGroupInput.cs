using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Core.Similarity;
using Comet.Reporting.Html.Model;

namespace Comet.Reporting.Html.Building;

/// <summary>What a trace run produced for one group of targets, as the report builder takes it.</summary>
/// <param name="Name">Group name shown in the report, e.g. "code" or "tests".</param>
/// <param name="Sources">The source artifacts (matrix rows).</param>
/// <param name="Targets">The target artifacts (matrix columns).</param>
/// <param name="RankedBy">Name of the measure or model whose scores rank the links.</param>
/// <param name="Ranking">The final ranking of every pair.</param>
/// <param name="ScoresByMeasure">Every measure's matrix (shown beside each link).</param>
/// <param name="Gold">Gold links; <see cref="GoldStandard.Empty"/> for a user's project.</param>
/// <param name="Probabilities">A model's probabilities; null = buckets from min-max scaled scores.</param>
public sealed record TargetGroupInput(
    string Name,
    ArtifactSet Sources,
    ArtifactSet Targets,
    string RankedBy,
    RankedLinks Ranking,
    IReadOnlyDictionary<string, SimilarityMatrix> ScoresByMeasure,
    GoldStandard Gold,
    ILinkProbabilities? Probabilities = null);

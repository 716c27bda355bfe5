using Comet.Core.Links;
using Comet.Pipeline.Modelling;
using Comet.Server.Scoring;

namespace Comet.Server.Projects;

/// <summary>
/// How a project's runs are computed. Defaults from the one catalog every front end uses
/// (<see cref="ModelDefaults"/>: the measures of `comet trace`, the four lexical ones and the embedding, VSM ranking;
/// the hierarchical Bayesian model, hbn; English) and buckets at <see cref="BucketThresholds.Default"/>.
/// A run copies the settings at its start, so later changes never alter a finished run.
/// </summary>
/// <param name="Measures">Measure names (see PipelineMeasures.Catalog: the textual measures, "embedding" and "arctic"); the first ranks the links.</param>
/// <param name="Model">Scorer that turns scores and feedback into probabilities (see LinkScorers).</param>
/// <param name="Languages">Natural languages of the artifacts' text, first one primary.</param>
internal sealed record ProjectSettings(
    IReadOnlyList<string> Measures,
    string Model,
    IReadOnlyList<string> Languages,
    BucketThresholds Thresholds)
{
    public static ProjectSettings Default { get; } = new(ModelDefaults.ServiceMeasures, LinkScorers.Default, [ModelDefaults.Language], BucketThresholds.Default);
}

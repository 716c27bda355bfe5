using Comet.Core.Links;
using Comet.Server.Scoring;

namespace Comet.Server.Projects;

/// <summary>
/// How a project's runs are computed. Defaults: the four lexical measures (VSM ranks the links), the
/// hierarchical Bayesian model (hbn), English, buckets at 0.7 and 0.4. The embedding is left out of the
/// default because a cold run on a new machine spends minutes encoding; a project may add it. A run copies the settings at its start, so later changes never alter a finished run.
/// </summary>
/// <param name="Measures">Measure names (see PipelineMeasures: the textual measures and "embedding"); the first ranks the links.</param>
/// <param name="Model">Scorer that turns scores and feedback into probabilities (see LinkScorers).</param>
/// <param name="Languages">Natural languages of the artifacts' text, first one primary.</param>
internal sealed record ProjectSettings(
    IReadOnlyList<string> Measures,
    string Model,
    IReadOnlyList<string> Languages,
    BucketThresholds Thresholds)
{
    public static ProjectSettings Default { get; } = new(["vsm", "lsi", "js", "bm25"], LinkScorers.Default, ["en"], BucketThresholds.Default);
}

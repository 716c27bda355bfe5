namespace Comet.Server.Runs;

/// <summary>What a completed run found and how long each stage took.</summary>
/// <param name="ArtifactsChanged">Sources, targets and intermediates whose content hash differs from the
/// previous completed run's version (added ones included); 0 for a project's first run.</param>
/// <param name="ArtifactsUnchanged">Artifacts with the same content hash as in the previous completed run.</param>
/// <param name="NeedsReview">Links stored "needs review" (sources' best candidates the model cannot judge before answers).</param>
/// <param name="LinkCount">What the model can say of how many links there are (null for a scorer without a model).</param>
internal sealed record RunSummary(
    int Sources,
    int Targets,
    int Intermediates,
    int Links,
    int ProbablyLinked,
    int Unsure,
    int ProbablyNot,
    string RankedBy,
    string Model,
    string Calibration,
    int FeedbackApplied,
    int ArtifactsChanged,
    int ArtifactsUnchanged,
    IReadOnlyDictionary<string, double> StageSeconds,
    int NeedsReview = 0,
    string? LinkCount = null);

namespace Comet.Server.Scoring;

/// <summary>What a scorer returns: every candidate link, best first, and how the probabilities were made.</summary>
/// <param name="Links">Ordered by probability, then by the project's one tie-break rule on the raw score.</param>
/// <param name="Calibration">One line for people, e.g. "p = 1/(1+exp(-2(z-1.5))), mean 0.01, sd 0.03".</param>
/// <param name="FeedbackApplied">How many links had a person's answer applied.</param>
/// <param name="LinkCount">What the model can say of how many links there are; null for a scorer without a model.</param>
internal sealed record ScoredRun(IReadOnlyList<ProbableLink> Links, string Calibration, int FeedbackApplied, string? LinkCount = null);

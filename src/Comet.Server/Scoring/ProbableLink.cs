namespace Comet.Server.Scoring;

/// <summary>A candidate link with its probability of being a true link, as a scorer computed it.</summary>
/// <param name="Score">The ranking measure's raw score.</param>
/// <param name="Z">The score's z-value within its run (what the interim calibration maps).</param>
/// <param name="Feedback">The answer that decided the probability, e.g. "confirm by ana (#12)", or null.</param>
internal sealed record ProbableLink(string SourceId, string TargetId, double Score, double Z, double Probability, string? Feedback);

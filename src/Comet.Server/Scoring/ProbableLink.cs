namespace Comet.Server.Scoring;

/// <summary>A candidate link with its probability of being a true link, as a scorer computed it.</summary>
/// <param name="Score">The first measure's raw score of the pair.</param>
/// <param name="Z">That score's z-value within its run (what the interim calibration maps).</param>
/// <param name="LogOdds">The link model's posterior log-odds (null for a scorer without a model).</param>
/// <param name="Feedback">The answer that decided or moved the probability, e.g. "confirm by ana (#12)", or null.</param>
/// <param name="NeedsReview">The model marks it as its source's best candidate that it cannot judge yet: stored
/// "needs review" where its probability alone would say "probably not".</param>
internal sealed record ProbableLink(string SourceId, string TargetId, double Score, double Z, double? LogOdds, double Probability, string? Feedback, bool NeedsReview = false);

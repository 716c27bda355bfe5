namespace Comet.Server.Scoring;

/// <summary>One stored answer about one link. History is kept: a later answer never overwrites an earlier one.</summary>
/// <param name="Likert">1-5 when <paramref name="Verdict"/> is <see cref="FeedbackVerdict.Likert"/>, else null.</param>
internal sealed record LinkFeedback(
    long Id,
    string SourceId,
    string TargetId,
    FeedbackVerdict Verdict,
    int? Likert,
    string Author,
    string? Comment,
    long? RunId,
    DateTimeOffset RecordedAt);

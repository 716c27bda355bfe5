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
    DateTimeOffset RecordedAt)
{
    /// <summary>The answer as a Likert level, how both scorers read it: confirm 5, reject 1, a likert answer its rating (3, no information, if missing).</summary>
    public int Level => Verdict switch
    {
        FeedbackVerdict.Confirm => 5,
        FeedbackVerdict.Reject => 1,
        _ => Math.Clamp(Likert ?? 3, 1, 5),
    };
}

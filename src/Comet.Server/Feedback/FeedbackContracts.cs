using Comet.Server.Scoring;

namespace Comet.Server.Feedback;

/// <summary>Body of POST /projects/{id}/feedback. Likert (1-5, 5 = surely linked) only with verdict "likert".</summary>
/// <param name="RunId">The run the person was looking at, if any (kept for the record).</param>
internal sealed record FeedbackRequest(
    string? Source,
    string? Target,
    FeedbackVerdict? Verdict,
    int? Likert,
    string? Author,
    string? Comment,
    long? RunId);

/// <summary>A stored answer, as the API shows it.</summary>
internal sealed record FeedbackResponse(
    long Id,
    string Source,
    string Target,
    FeedbackVerdict Verdict,
    int? Likert,
    string Author,
    string? Comment,
    long? RunId,
    DateTimeOffset RecordedAt)
{
    public static FeedbackResponse From(LinkFeedback f) =>
        new(f.Id, f.SourceId, f.TargetId, f.Verdict, f.Likert, f.Author, f.Comment, f.RunId, f.RecordedAt);
}

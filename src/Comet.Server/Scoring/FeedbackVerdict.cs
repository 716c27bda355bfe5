namespace Comet.Server.Scoring;

/// <summary>What a person said about a link. <see cref="Likert"/> comes with a 1-5 rating (5 = surely linked).</summary>
internal enum FeedbackVerdict
{
    Confirm,
    Reject,
    Likert,
}

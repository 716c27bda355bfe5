namespace Comet.Server.Scoring;

/// <summary>
/// The bands a client sees instead of raw probabilities, stored as the integer value. On the wire:
/// "probably-not", "unsure", "probably-linked", "needs-review".
/// </summary>
internal enum ProbabilityBucket
{
    ProbablyNot = 0,
    Unsure = 1,
    ProbablyLinked = 2,

    /// <summary>
    /// A source's best candidate that the model cannot judge yet: no answers have taught it how many
    /// links the project has, so a low probability is the prior's guess, not evidence of no link
    /// (Comet.Inference.Review.ReviewMarkers). Numbered last so that stored values keep their meaning.
    /// </summary>
    NeedsReview = 3,
}

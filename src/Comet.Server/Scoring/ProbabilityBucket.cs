namespace Comet.Server.Scoring;

/// <summary>
/// The three bands a client sees instead of raw probabilities. Stored as the integer value, so that
/// "at least unsure" is a comparison. On the wire: "probably-not", "unsure", "probably-linked".
/// </summary>
internal enum ProbabilityBucket
{
    ProbablyNot = 0,
    Unsure = 1,
    ProbablyLinked = 2,
}

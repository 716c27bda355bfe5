namespace Comet.Server.Scoring;

/// <summary>The wire names of <see cref="ProbabilityBucket"/> (kebab case), for query strings.</summary>
internal static class BucketNames
{
    public const string ProbablyLinked = "probably-linked";
    public const string Unsure = "unsure";
    public const string ProbablyNot = "probably-not";
    public const string NeedsReview = "needs-review";

    /// <summary>Every wire name, for error messages.</summary>
    public const string All = "probably-linked, unsure, needs-review or probably-not";

    public static string Name(ProbabilityBucket bucket) => bucket switch
    {
        ProbabilityBucket.ProbablyLinked => ProbablyLinked,
        ProbabilityBucket.Unsure => Unsure,
        ProbabilityBucket.NeedsReview => NeedsReview,
        _ => ProbablyNot,
    };

    public static bool TryParse(string? text, out ProbabilityBucket bucket)
    {
        switch (text)
        {
            case ProbablyLinked:
                bucket = ProbabilityBucket.ProbablyLinked;
                return true;
            case Unsure:
                bucket = ProbabilityBucket.Unsure;
                return true;
            case ProbablyNot:
                bucket = ProbabilityBucket.ProbablyNot;
                return true;
            case NeedsReview:
                bucket = ProbabilityBucket.NeedsReview;
                return true;
            default:
                bucket = default;
                return false;
        }
    }
}

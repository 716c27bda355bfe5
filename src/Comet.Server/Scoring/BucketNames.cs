namespace Comet.Server.Scoring;

/// <summary>The wire names of <see cref="ProbabilityBucket"/> (kebab case), for query strings.</summary>
internal static class BucketNames
{
    public const string ProbablyLinked = "probably-linked";
    public const string Unsure = "unsure";
    public const string ProbablyNot = "probably-not";

    public static string Name(ProbabilityBucket bucket) => bucket switch
    {
        ProbabilityBucket.ProbablyLinked => ProbablyLinked,
        ProbabilityBucket.Unsure => Unsure,
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
            default:
                bucket = default;
                return false;
        }
    }
}

namespace Comet.Reporting.Html.Model;

/// <summary>How sure the report is that a candidate pair is a link; the thresholds are the model's (issue 8).</summary>
public enum LinkBucket
{
    ProbablyNot,
    Unsure,
    ProbablyLinked,
}

/// <summary>The one place the bucket thresholds live: probably linked >= 0.7, unsure 0.4 to 0.7, probably not below 0.4.</summary>
public static class LinkBuckets
{
    public const double ProbablyLinkedFrom = 0.7;

    public const double UnsureFrom = 0.4;

    /// <summary>NaN (a pair no one scored) is "probably not", so a broken score never claims a link.</summary>
    public static LinkBucket Of(double level) =>
        level >= ProbablyLinkedFrom ? LinkBucket.ProbablyLinked
        : level >= UnsureFrom ? LinkBucket.Unsure
        : LinkBucket.ProbablyNot;

    /// <summary>Lower-case words for HTML attributes and CSS classes.</summary>
    public static string Slug(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probable",
        LinkBucket.Unsure => "unsure",
        _ => "unlikely",
    };

    /// <summary>What a reader sees.</summary>
    public static string Label(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probably linked",
        LinkBucket.Unsure => "unsure",
        _ => "probably not",
    };
}

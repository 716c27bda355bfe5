namespace Comet.Reporting.Html.Model;

/// <summary>How sure the report is that a candidate pair is a link; the thresholds are the model's (issue 8).</summary>
/// Ordered from least to most: a source's best bucket is the maximum over its candidates.
public enum LinkBucket
{
    ProbablyNot,

    /// <summary>A source's best candidate while the model cannot yet say how many links there are (no answers taught it).</summary>
    NeedsReview,
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

    /// <summary>The bucket a pair's probability gives, or "needs review" where the model marks a source's best candidate it cannot yet judge.</summary>
    public static LinkBucket Of(double level, bool needsReview)
    {
        var bucket = Of(level);
        return needsReview && bucket == LinkBucket.ProbablyNot ? LinkBucket.NeedsReview : bucket;
    }

    /// <summary>The wire and file name: "probably-linked", "unsure", "needs-review", "probably-not".</summary>
    public static string WireName(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probably-linked",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "needs-review",
        _ => "probably-not",
    };

    /// <summary>Lower-case words for HTML attributes and CSS classes.</summary>
    public static string Slug(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probable",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "review",
        _ => "unlikely",
    };

    /// <summary>What a reader sees.</summary>
    public static string Label(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probably linked",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "needs review",
        _ => "probably not",
    };
}

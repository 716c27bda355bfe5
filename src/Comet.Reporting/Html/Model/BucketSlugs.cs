using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>The HTML report's CSS class per bucket (its stylesheet and script select on them); names and thresholds are Core's <see cref="LinkBuckets"/>.</summary>
public static class BucketSlugs
{
    /// <summary>Lower-case words for HTML attributes and CSS classes.</summary>
    public static string Slug(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probable",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "review",
        _ => "unlikely",
    };
}

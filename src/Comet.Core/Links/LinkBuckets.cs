namespace Comet.Core.Links;

/// <summary>
/// The one definition of the buckets every front end shares: their wire names, the words people read,
/// how sure each one is, and the gap rule. The Jenkins plugin keeps a Java copy (Bucket,
/// Thresholds, SourceLinks.isGap); jenkins-plugin/contract/buckets.json states this definition and
/// both test suites check their side against it, so the copies cannot drift.
/// </summary>
public static class LinkBuckets
{
    /// <summary>Every wire name, for error messages.</summary>
    public const string AllWireNames = "probably-linked, unsure, needs-review or probably-not";

    /// <summary>Every bucket, least sure first.</summary>
    public static IReadOnlyList<LinkBucket> BySureness { get; } = [LinkBucket.ProbablyNot, LinkBucket.NeedsReview, LinkBucket.Unsure, LinkBucket.ProbablyLinked];

    /// <summary>The bucket of <paramref name="level"/> under the default thresholds.</summary>
    public static LinkBucket Of(double level) => BucketThresholds.Default.Classify(level);

    /// <summary>The bucket a pair's probability gives, or "needs review" where the model marks a source's best candidate it cannot yet judge.</summary>
    public static LinkBucket Of(double level, bool needsReview) => BucketThresholds.Default.Classify(level, needsReview);

    /// <summary>
    /// How sure a bucket is, 0 (probably not) to 3 (probably linked): "needs review" ranks above
    /// "probably not" because the model has not judged it yet. A source's best bucket is the maximum.
    /// </summary>
    public static int Rank(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => 3,
        LinkBucket.Unsure => 2,
        LinkBucket.NeedsReview => 1,
        _ => 0,
    };

    /// <summary>The surest of <paramref name="buckets"/>; "probably not" when there are none.</summary>
    public static LinkBucket Best(IEnumerable<LinkBucket> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var best = LinkBucket.ProbablyNot;
        foreach (var bucket in buckets)
        {
            best = bucket.Rank() > best.Rank() ? bucket : best;
        }

        return best;
    }

    /// <summary>
    /// The gap rule: an artifact is a gap when even its best link is "probably not". A best link that is
    /// unsure or needs review is an open question, not a gap, so a build gate never fails a build on what
    /// the model cannot yet judge. An artifact without candidates is a gap too.
    /// </summary>
    public static bool IsGap(LinkBucket best) => best == LinkBucket.ProbablyNot;

    /// <summary>The gap rule over all of an artifact's links (see <see cref="IsGap(LinkBucket)"/>).</summary>
    public static bool IsGap(IEnumerable<LinkBucket> links) => IsGap(Best(links));

    /// <summary>The wire and file name: "probably-linked", "unsure", "needs-review", "probably-not".</summary>
    public static string WireName(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probably-linked",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "needs-review",
        _ => "probably-not",
    };

    /// <summary>The bucket of a wire name (exact, as the API documents them).</summary>
    public static bool TryParse(string? wireName, out LinkBucket bucket)
    {
        foreach (var candidate in BySureness)
        {
            if (string.Equals(candidate.WireName(), wireName, StringComparison.Ordinal))
            {
                bucket = candidate;
                return true;
            }
        }

        bucket = default;
        return false;
    }

    /// <summary>What a reader sees, in lower case: "probably linked", "unsure", "needs review", "probably not".</summary>
    public static string Label(this LinkBucket bucket) => bucket switch
    {
        LinkBucket.ProbablyLinked => "probably linked",
        LinkBucket.Unsure => "unsure",
        LinkBucket.NeedsReview => "needs review",
        _ => "probably not",
    };
}

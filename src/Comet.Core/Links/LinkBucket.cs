namespace Comet.Core.Links;

/// <summary>
/// The band a candidate link falls in, instead of its raw probability: what the CLI's tables, the HTML
/// report, the service and the Jenkins plugin show. Classified by <see cref="BucketThresholds"/>; named,
/// ordered and judged for gaps by <see cref="LinkBuckets"/>.
/// </summary>
/// The numeric values are stored by the service (SQLite and PostgreSQL), so they never change meaning:
/// a new bucket takes the next number. Their order is not "how sure": use <see cref="LinkBuckets.Rank"/>.
public enum LinkBucket
{
    ProbablyNot = 0,
    Unsure = 1,
    ProbablyLinked = 2,

    /// <summary>
    /// A source's best candidate that the model cannot judge yet: no answers have taught it how many
    /// links the project has, so a low probability is the prior's guess, not evidence of no link.
    /// </summary>
    NeedsReview = 3,
}

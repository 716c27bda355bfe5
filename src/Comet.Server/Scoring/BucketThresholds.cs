using Comet.Reporting.Html.Model;

namespace Comet.Server.Scoring;

/// <summary>
/// Lower bounds of the buckets: probably linked when p >= <see cref="ProbablyLinked"/>, unsure when
/// p >= <see cref="Unsure"/>, probably not below. A project may set its own; the defaults are the
/// reports' (<see cref="LinkBuckets"/>: 0.7 and 0.4), so a report and the service agree out of the box.
/// </summary>
internal sealed record BucketThresholds(double ProbablyLinked = LinkBuckets.ProbablyLinkedFrom, double Unsure = LinkBuckets.UnsureFrom)
{
    public static BucketThresholds Default { get; } = new();

    public ProbabilityBucket Classify(double probability) =>
        probability >= ProbablyLinked ? ProbabilityBucket.ProbablyLinked
        : probability >= Unsure ? ProbabilityBucket.Unsure
        : ProbabilityBucket.ProbablyNot;

    /// <summary>As <see cref="Classify(double)"/>, but a pair the model marks for review is "needs review" rather than "probably not".</summary>
    public ProbabilityBucket Classify(double probability, bool needsReview) =>
        Classify(probability) is var bucket && needsReview && bucket == ProbabilityBucket.ProbablyNot ? ProbabilityBucket.NeedsReview : bucket;

    /// <summary>Error message, or null when 0 &lt; unsure &lt; probablyLinked &lt;= 1.</summary>
    public string? Problem() =>
        Unsure > 0 && Unsure < ProbablyLinked && ProbablyLinked <= 1 && double.IsFinite(Unsure) && double.IsFinite(ProbablyLinked)
            ? null
            : "thresholds must satisfy 0 < unsure < probablyLinked <= 1";
}

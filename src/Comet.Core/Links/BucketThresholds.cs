namespace Comet.Core.Links;

/// <summary>
/// Lower bounds of the buckets: probably linked when p >= <see cref="ProbablyLinked"/>, unsure when
/// p >= <see cref="Unsure"/>, probably not below. A service project may set its own; the defaults are
/// the reports' and the plugin's (jenkins-plugin/contract/buckets.json pins them for both languages).
/// </summary>
public sealed record BucketThresholds(double ProbablyLinked = BucketThresholds.DefaultProbablyLinked, double Unsure = BucketThresholds.DefaultUnsure)
{
    /// <summary>Where the tempered posterior is right about seven times in ten on the benchmarks: worth acting on.</summary>
    public const double DefaultProbablyLinked = 0.7;

    /// <summary>Below this the model leans against a link; between the two it does not know.</summary>
    public const double DefaultUnsure = 0.4;

    public static BucketThresholds Default { get; } = new();

    /// <summary>NaN (a pair no one scored) is "probably not", so a broken score never claims a link.</summary>
    public LinkBucket Classify(double probability) =>
        probability >= ProbablyLinked ? LinkBucket.ProbablyLinked
        : probability >= Unsure ? LinkBucket.Unsure
        : LinkBucket.ProbablyNot;

    /// <summary>As <see cref="Classify(double)"/>, but a pair the model marks for review is "needs review" rather than "probably not".</summary>
    public LinkBucket Classify(double probability, bool needsReview) =>
        Classify(probability) is var bucket && needsReview && bucket == LinkBucket.ProbablyNot ? LinkBucket.NeedsReview : bucket;

    /// <summary>Error message, or null when 0 &lt; unsure &lt; probablyLinked &lt;= 1.</summary>
    public string? Problem() =>
        Unsure > 0 && Unsure < ProbablyLinked && ProbablyLinked <= 1 && double.IsFinite(Unsure) && double.IsFinite(ProbablyLinked)
            ? null
            : "thresholds must satisfy 0 < unsure < probablyLinked <= 1";

    /// <summary>The rule in words, e.g. "probably linked >= 0.7, unsure 0.4-0.7, probably not &lt; 0.4", for report prose.</summary>
    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{LinkBuckets.Label(LinkBucket.ProbablyLinked)} >= {ProbablyLinked:0.0##}, {LinkBuckets.Label(LinkBucket.Unsure)} {Unsure:0.0##}-{ProbablyLinked:0.0##}, {LinkBuckets.Label(LinkBucket.ProbablyNot)} < {Unsure:0.0##}");
}

namespace Comet.Server.Scoring;

/// <summary>
/// Lower bounds of the buckets: probably linked when p >= <see cref="ProbablyLinked"/> (default 0.7),
/// unsure when p >= <see cref="Unsure"/> (default 0.4), probably not below.
/// </summary>
internal sealed record BucketThresholds(double ProbablyLinked = 0.7, double Unsure = 0.4)
{
    public static BucketThresholds Default { get; } = new();

    public ProbabilityBucket Classify(double probability) =>
        probability >= ProbablyLinked ? ProbabilityBucket.ProbablyLinked
        : probability >= Unsure ? ProbabilityBucket.Unsure
        : ProbabilityBucket.ProbablyNot;

    /// <summary>Error message, or null when 0 &lt; unsure &lt; probablyLinked &lt;= 1.</summary>
    public string? Problem() =>
        Unsure > 0 && Unsure < ProbablyLinked && ProbablyLinked <= 1 && double.IsFinite(Unsure) && double.IsFinite(ProbablyLinked)
            ? null
            : "thresholds must satisfy 0 < unsure < probablyLinked <= 1";
}

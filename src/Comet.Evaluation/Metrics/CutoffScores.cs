namespace Comet.Evaluation.Metrics;

/// <summary>One metric at the rank cutoffs 1, 5 and 10 (see <see cref="PrecisionRecallAtK"/>).</summary>
public sealed record CutoffScores(double At1, double At5, double At10)
{
    /// <summary>The cutoffs every evaluation reports.</summary>
    public static IReadOnlyList<int> Cutoffs { get; } = [1, 5, 10];

    public double this[int k] => k switch
    {
        1 => At1,
        5 => At5,
        10 => At10,
        _ => throw new ArgumentOutOfRangeException(nameof(k), k, "Only the cutoffs 1, 5 and 10 are reported."),
    };
}

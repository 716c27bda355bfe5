namespace Comet.Inference.Evidence;

/// <summary>
/// One developer answer about one candidate link. Several answers on the same link may coexist and
/// contradict each other: each is an independent noisy observation of the link (see
/// <see cref="Model.FeedbackLikelihood"/>).
/// </summary>
/// <param name="SourceId">Source of the judged link.</param>
/// <param name="TargetId">Target of the judged link.</param>
/// <param name="StatedProbability">
/// The developer's stated probability that the link is real, in [0, 1]: 0.5 carries no information.
/// Use the factories rather than filling this in by hand.
/// </param>
public sealed record FeedbackAnswer(string SourceId, string TargetId, double StatedProbability)
{
    /// <summary>"This is a link", said with <paramref name="confidence"/> in [0, 1] (0.5 = a guess).</summary>
    public static FeedbackAnswer Confirm(string sourceId, string targetId, double confidence) =>
        new(sourceId, targetId, CheckUnit(confidence, nameof(confidence)));

    /// <summary>"This is not a link", said with <paramref name="confidence"/> in [0, 1].</summary>
    public static FeedbackAnswer Reject(string sourceId, string targetId, double confidence) =>
        new(sourceId, targetId, 1.0 - CheckUnit(confidence, nameof(confidence)));

    /// <summary>
    /// A 5-point Likert answer (1 = surely not a link ... 5 = surely a link) on <see cref="AnswerScale"/>,
    /// shrunk toward 0.5 by <paramref name="confidence"/> (1 = take the scale at face value, as people's answers are).
    /// </summary>
    public static FeedbackAnswer Likert(string sourceId, string targetId, int level, double confidence = 1.0)
    {
        var p = AnswerScale.StatedProbability(level);
        return new(sourceId, targetId, 0.5 + (CheckUnit(confidence, nameof(confidence)) * (p - 0.5)));
    }

    /// <summary>True when the answer leans toward "link".</summary>
    public bool SaysLink => StatedProbability > 0.5;

    /// <summary>How much the answer claims to know: |2p - 1| in [0, 1]; 0 = no information.</summary>
    public double Strength => Math.Abs((2.0 * StatedProbability) - 1.0);

    private static double CheckUnit(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1].");
}

using System.Globalization;

namespace Comet.Inference.Evidence;

/// <summary>
/// The one reading of a person's answer as the model's feedback value (<see cref="FeedbackAnswer.StatedProbability"/>),
/// used by every front end: the CLI's answers file (yes / no / 1-5) and the service's feedback (confirm /
/// reject / likert 1-5) mean the same to the model.
/// </summary>
/// <remarks>
/// The choice: yes, no and the scale's ends (1 = surely not, 5 = surely) are verdicts, stated at 1 and 0;
/// levels 2, 3 and 4 are graded votes at 0.25, 0.5 (no information) and 0.75. Why: how often a person's
/// verdict is wrong is the model's confusion matrix (answer sensitivity and false-alarm rate), so
/// shrinking a verdict to 0.95 as well would count the same doubt twice; read as a 95% belief, one
/// "surely not" left a gap's best candidate "unsure", which is not what the person said. A middle level
/// says the person is unsure, so it carries half a verdict (2, 4) or nothing (3). The benchmarks'
/// simulated developer (Pipeline's FeedbackSimulation) states its own 0.9 and does not pass through here.
/// </remarks>
public static class AnswerScale
{
    /// <summary>Stated probability of a link per Likert level 1..5.</summary>
    private static readonly double[] ByLevel = [0.0, 0.25, 0.5, 0.75, 1.0];

    /// <summary>The words an answers file may use, for error messages.</summary>
    public const string Vocabulary = "yes, no or 1-5";

    /// <summary>The stated probability of Likert <paramref name="level"/> (1 = surely not a link ... 5 = surely one).</summary>
    public static double StatedProbability(int level) =>
        level is >= 1 and <= 5
            ? ByLevel[level - 1]
            : throw new ArgumentOutOfRangeException(nameof(level), level, "Likert level must be 1..5.");

    /// <summary>"This is a link": a verdict, as firm as Likert 5.</summary>
    public static FeedbackAnswer Yes(string sourceId, string targetId) => Level(sourceId, targetId, 5);

    /// <summary>"This is not a link": a verdict, as firm as Likert 1.</summary>
    public static FeedbackAnswer No(string sourceId, string targetId) => Level(sourceId, targetId, 1);

    /// <summary>A Likert answer 1..5.</summary>
    public static FeedbackAnswer Level(string sourceId, string targetId, int level) => new(sourceId, targetId, StatedProbability(level));

    /// <summary>The answer an answers file writes as <paramref name="text"/> (yes / y / link, no / n / not, 1-5; any case), or null.</summary>
    public static FeedbackAnswer? Parse(string text, string sourceId, string targetId)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "yes" or "y" or "link" => Yes(sourceId, targetId),
            "no" or "n" or "not" => No(sourceId, targetId),
            var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 5
                => Level(sourceId, targetId, level),
            _ => null,
        };
    }
}

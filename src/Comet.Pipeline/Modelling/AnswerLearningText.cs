using System.Globalization;
using Comet.Inference.Output;

namespace Comet.Pipeline.Modelling;

/// <summary>
/// One sentence for people on what their answers changed. Without it a reviewer whose answers were
/// held back by the learner's cross-validation (few confirmed links, or answers that disagree with each
/// other) sees only the answered links move and cannot tell "not yet" from "ignored".
/// </summary>
public static class AnswerLearningText
{
    /// <summary>How many learned terms the sentence names, strongest first.</summary>
    private const int NamedTerms = 3;

    /// <param name="learning">The learner's outcome (null: the answers were votes inside the fit, no learner ran).</param>
    /// <param name="answers">Answers given.</param>
    /// <param name="saysLink">Of them, answers saying "link".</param>
    public static string Describe(AnswerLearningSummary? learning, int answers, int saysLink)
    {
        var given = string.Create(CultureInfo.InvariantCulture, $"{answers} answers ({saysLink} say link)");
        if (learning is null)
        {
            return $"{given}: entered the model as evidence on their links";
        }

        if (!learning.LearnedCount)
        {
            return $"{given}: the answered links take their answers; the rest keep the model's order and probabilities " +
                   "(no change the learner tried predicted answers held out from it better; answers that confirm links teach most)";
        }

        return learning.Reordered
            ? learning.WeightsOnlyForAnsweredSources
                ? $"{given}: reordered the links of the requirements answered about with learned {learning.Setting} (the others keep the model's order, recalibrated); strongest terms: {Strongest(learning.Weights)}"
                : $"{given}: reordered the links with learned {learning.Setting}; strongest terms: {Strongest(learning.Weights)}"
            : string.Create(CultureInfo.InvariantCulture,
                $"{given}: recalibrated every link's probability (log-odds x {learning.Scale:0.00}, shifted by {learning.Intercept:+0.00;-0.00}); the order of unanswered links is the model's own");
    }

    private static string Strongest(IReadOnlyList<LogOddsTerm> weights) =>
        string.Join(", ", weights
            .Where(w => Math.Abs(w.LogOdds) >= 0.005)
            .OrderByDescending(w => Math.Abs(w.LogOdds))
            .ThenBy(w => w.Name, StringComparer.Ordinal)
            .Take(NamedTerms)
            .Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Name} {w.LogOdds:+0.00;-0.00}")))
        is { Length: > 0 } named ? named : "none above 0.005";
}

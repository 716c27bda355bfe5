using Comet.Core;

namespace Comet.Pipeline.Protocols;

/// <summary>
/// How simulated reviewers answer in `comet evaluate --protocol`: which strategies, how many answers
/// (each budget is one point of the learning curve), how many seeds, and what share of answers is wrong.
/// <list type="bullet">
/// <item><c>random</c>: pairs drawn uniformly (the feedback protocol's sampling, by count instead of share);</item>
/// <item><c>review</c>: a reviewer takes requirements in random order and answers each one's top
/// <see cref="ReviewDepth"/> candidates, as people review a report;</item>
/// <item><c>active</c>: the model chooses (<see cref="Comet.Inference.Review.ReviewQueue"/>), in rounds of
/// <see cref="ActiveRound"/> answers with a refit after each round.</item>
/// </list>
/// </summary>
public sealed record ProtocolPlan
{
    public const string Random = "random";
    public const string Review = "review";
    public const string Active = "active";

    public static IReadOnlyList<string> StrategyNames { get; } = [Random, Review, Active];

    public IReadOnlyList<string> Strategies { get; init; } = StrategyNames;

    public IReadOnlyList<int> Budgets { get; init; } = [20, 30, 50, 100, 200];

    /// <summary>The feedback-seeds benchmark's seeds, so the numbers compare.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [42, 1, 2, 3, 4, 5];

    public IReadOnlyList<double> ErrorRates { get; init; } = [0, 0.25];

    /// <summary>The stated probability of each answer (<see cref="Modelling.FeedbackSimulation.Confidence"/>).</summary>
    public double AnswerConfidence { get; init; } = Modelling.FeedbackSimulation.ProtocolConfidence;

    public int ReviewDepth { get; init; } = 5;

    public int ActiveRound { get; init; } = 10;

    public void Validate()
    {
        var unknown = Strategies.Where(s => !StrategyNames.Contains(s)).ToArray();
        if (unknown.Length > 0 || Strategies.Count == 0)
        {
            throw new CometInputException($"unknown protocol '{string.Join(",", unknown)}' (known: {string.Join(", ", StrategyNames)})");
        }

        if (Budgets.Count == 0 || Budgets.Any(b => b is < 1 or > 100_000))
        {
            throw new CometInputException("answer budgets must be whole numbers from 1 to 100000");
        }

        if (Seeds.Count == 0 || ErrorRates.Count == 0 || ErrorRates.Any(e => e is < 0 or > 1 || double.IsNaN(e)))
        {
            throw new CometInputException("give at least one seed, and error rates between 0 and 1");
        }

        Modelling.FeedbackSimulation.ValidateConfidence(AnswerConfidence);
    }
}

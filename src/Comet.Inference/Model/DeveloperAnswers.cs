namespace Comet.Inference.Model;

/// <summary>
/// Node a_i | z_st of <see cref="LinkModel"/>: each answer is informed with its own strength (the stated
/// confidence, <see cref="FeedbackObservation.Strength"/>) and then follows the developer's confusion
/// matrix psi, else it is a coin flip (<see cref="FeedbackLikelihood"/>).
/// </summary>
/// <param name="Sensitivity">Prior of psi_1 = P(answer "link" | link, informed) (<see cref="ModelPriors.FeedbackSensitivity"/>).</param>
/// <param name="FalseAlarm">Prior of psi_0 = P(answer "link" | no link, informed) (<see cref="ModelPriors.FeedbackFalseAlarm"/>).</param>
public sealed record DeveloperAnswers(BetaPrior Sensitivity, BetaPrior FalseAlarm)
{
    public static DeveloperAnswers Declare(ModelPriors priors) => new(priors.FeedbackSensitivity, priors.FeedbackFalseAlarm);

    /// <summary>The answer likelihood at psi's prior means: where the fit starts.</summary>
    public FeedbackLikelihood PriorMeans => new(Sensitivity.Mean, FalseAlarm.Mean);
}

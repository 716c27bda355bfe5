namespace Comet.Inference.Model;

/// <summary>
/// The answer likelihood of <see cref="LinkModel"/>: with probability strength the developer knew and
/// answered by the confusion matrix (psi_1, psi_0), otherwise flipped a fair coin. So confidence 0.5
/// is no information, and a contradicting answer is one more noisy vote, never an error.
/// </summary>
public readonly record struct FeedbackLikelihood(double Sensitivity, double FalseAlarm)
{
    /// <summary>P(this answer | z) for z = 1 and z = 0.</summary>
    internal (double GivenLink, double GivenNoLink) Probabilities(FeedbackObservation answer)
    {
        var coin = (1 - answer.Strength) * 0.5;
        var link = answer.SaysLink ? Sensitivity : 1 - Sensitivity;
        var noLink = answer.SaysLink ? FalseAlarm : 1 - FalseAlarm;
        return ((answer.Strength * link) + coin, (answer.Strength * noLink) + coin);
    }

    /// <summary>log P(a | z = 1) - log P(a | z = 0): the answer's log-odds contribution.</summary>
    internal double LogLikelihoodRatio(FeedbackObservation answer)
    {
        var (link, noLink) = Probabilities(answer);
        return Math.Log(link) - Math.Log(noLink);
    }
}

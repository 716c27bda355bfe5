using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// Feedback side of variational EM: the summed answer log-odds per pair, and the M-step of the
/// developer's confusion matrix (posterior means given the expected "informed" counts), so that
/// answers which keep contradicting the rest of the evidence lose weight.
/// </summary>
internal static class FeedbackUpdate
{
    public static void AddLogOdds(IReadOnlyList<FeedbackObservation> answers, FeedbackLikelihood likelihood, double[] perPair)
    {
        Array.Clear(perPair);
        foreach (var answer in answers)
        {
            perPair[answer.Pair] += likelihood.LogLikelihoodRatio(answer);
        }
    }

    public static FeedbackLikelihood Fit(IReadOnlyList<FeedbackObservation> answers, FeedbackLikelihood current, double[] q, DeveloperAnswers prior) =>
        Fit(answers.Select(a => (a, q[a.Pair])), current, prior);

    /// <summary>The M-step over answers, each with the posterior q of its link (also the answer learner's).</summary>
    public static FeedbackLikelihood Fit(
        IEnumerable<(FeedbackObservation Answer, double Q)> answers, FeedbackLikelihood current, DeveloperAnswers prior)
    {
        double saysLinkGivenLink = 0, informedLink = 0, saysLinkGivenNoLink = 0, informedNoLink = 0;
        foreach (var (answer, q) in answers)
        {
            var (givenLink, givenNoLink) = current.Probabilities(answer);
            var link = answer.SaysLink ? current.Sensitivity : 1 - current.Sensitivity;
            var noLink = answer.SaysLink ? current.FalseAlarm : 1 - current.FalseAlarm;

            // P(z, informed | everything): q times the share of the answer's likelihood owed to "informed".
            var r1 = q * answer.Strength * link / givenLink;
            var r0 = (1 - q) * answer.Strength * noLink / givenNoLink;
            informedLink += r1;
            informedNoLink += r0;
            if (answer.SaysLink)
            {
                saysLinkGivenLink += r1;
                saysLinkGivenNoLink += r0;
            }
        }

        var sensitivity = prior.Sensitivity.Observe(saysLinkGivenLink, informedLink - saysLinkGivenLink).Mean;
        var falseAlarm = prior.FalseAlarm.Observe(saysLinkGivenNoLink, informedNoLink - saysLinkGivenNoLink).Mean;

        // A developer who says "link" more often for non-links than for links carries no usable signal:
        // treat the answers as coin flips rather than inverting them.
        if (sensitivity <= falseAlarm)
        {
            var middle = (sensitivity + falseAlarm) / 2;
            return new FeedbackLikelihood(middle, middle);
        }

        return new FeedbackLikelihood(sensitivity, falseAlarm);
    }
}

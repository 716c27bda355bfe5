using Comet.Inference.Output;

namespace Comet.Inference.Learning;

/// <summary>
/// The unsupervised posteriors with what the answers taught applied: logit p = alpha + beta r + w'x +
/// the pair's own answers. Explanations keep adding up: the prior term takes alpha + beta x its old
/// value, every measure and path term is scaled by beta, the pair's answers are "feedback" and w'x is
/// "learned". Where a raise faded below the answered pairs (<see cref="RaiseBelowAnswers"/>), the prior
/// term carries the fade.
/// </summary>
internal static class LearnedPosteriors
{
    public static LinkPosteriors Apply(LinkPosteriors prior, LearnedAnswers learned)
    {
        var n = prior.Count;
        var sd = new double[n];
        for (var s = 0; s < prior.SourceIds.Count; s++)
        {
            for (var t = 0; t < prior.TargetIds.Count; t++)
            {
                sd[(s * prior.TargetIds.Count) + t] = Math.Abs(RowCalibration(learned, s).Scale) * prior.LogOddsSd(s, t);
            }
        }

        var parameters = prior.Parameters with
        {
            Feedback = learned.Likelihood,
            AnswerLearning = new AnswerLearningSummary(
                learned.Setting, learned.Intercept, learned.Scale, learned.Weights.Select(w => new LogOddsTerm(w.Name, w.Weight)).ToArray())
            {
                CountVariance = learned.CountVariance,
                WeightsOnlyForAnsweredSources = learned.AnsweredSources is not null,
            },
        };
        return new LinkPosteriors(prior.Model, prior.SourceIds, prior.TargetIds, learned.LogOdds, sd, parameters, (s, t) =>
        {
            var pair = (s * prior.TargetIds.Count) + t;
            var before = prior.Explain(s, t);
            var logOdds = learned.LogOdds[pair];
            var (intercept, beta) = RowCalibration(learned, s);
            return before with
            {
                Probability = LinkPosteriors.Sigmoid(logOdds),
                LogOdds = logOdds,
                LogOddsSd = sd[pair],
                Prior = intercept + (beta * before.Prior) + (learned.Faded?[pair] ?? 0),
                Measures = before.Measures.Select(m => m with { LogOdds = beta * m.LogOdds }).ToArray(),
                Transitive = before.Transitive.Select(m => m with { LogOdds = beta * m.LogOdds }).ToArray(),
                Feedback = learned.Answered[pair],
                SourceFeedback = beta * before.SourceFeedback,
                TargetFeedback = beta * before.TargetFeedback,
                Learned = learned.Learned[pair],
            };
        });
    }

    // A source nobody answered about takes the calibration-only fit when the weights reorder only the answered ones.
    private static (double Intercept, double Scale) RowCalibration(LearnedAnswers learned, int source) =>
        learned.AnsweredSources is { } answered && !answered[source] ? learned.UnansweredCalibration!.Value : (learned.Intercept, learned.Scale);
}

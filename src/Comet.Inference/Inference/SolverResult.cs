using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>State of variational EM at convergence (arrays row-major over pairs, or per source).</summary>
/// <param name="Posterior">q(z_st = 1).</param>
/// <param name="LogOdds">logit q(z_st = 1), the count offset included.</param>
/// <param name="Evidence">The pairs' evidence log-likelihood ratio: measures, paths and feedback.</param>
/// <param name="FeedbackLogOdds">The answers' share of <paramref name="Evidence"/> (empty without feedback).</param>
/// <param name="SourcePropensity">Posterior of each pi_s on the quadrature grid.</param>
internal sealed record SolverResult(
    double[] Posterior,
    double[] LogOdds,
    double[] Evidence,
    double[] FeedbackLogOdds,
    SourcePosterior[] SourcePropensity,
    double Density,
    double Concentration,
    EmissionParameters Emission,
    FeedbackLikelihood Feedback,
    double CountOffset,
    int Iterations,
    bool Converged)
{
    /// <summary>gamma_s and beta_t, learned from the answers (null without answers or when switched off).</summary>
    public AnswerEffects? AnswerEffects { get; init; }

    private int Targets => Posterior.Length / SourcePropensity.Length;

    public double SourceEffect(int source) => AnswerEffects?.SourceEffects[source] ?? 0;

    public double TargetEffect(int target) => AnswerEffects?.TargetEffects[target] ?? 0;

    /// <summary>
    /// The pair's prior log-odds as the posterior sees it, the answers' gamma_s and beta_t left out:
    /// everything the evidence does not explain, i.e. what the source's propensity (and the count
    /// offset) add. Prior + gamma_s + beta_t + evidence = log-odds exactly.
    /// </summary>
    public double PriorLogOdds(int source, int target)
    {
        var pair = (source * Targets) + target;
        return LogOdds[pair] - Evidence[pair] - SourceEffect(source) - TargetEffect(target);
    }

    /// <summary>
    /// Var of logit pi_s under its posterior, plus Var(gamma_s) and Var(beta_t), for every target of
    /// <paramref name="source"/> (a row: the propensity's variance is a sum over its grid, read once).
    /// </summary>
    public void PriorLogOddsVariances(int source, Span<double> row)
    {
        var propensity = SourcePropensity[source].LogitVariance;
        if (AnswerEffects is not { } effects)
        {
            row.Fill(propensity);
            return;
        }

        var sourceEffect = effects.SourceVariances[source];
        for (var target = 0; target < row.Length; target++)
        {
            row[target] = propensity + (sourceEffect + effects.TargetVariances[target]);
        }
    }
}

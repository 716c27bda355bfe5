using System.Numerics.Tensors;
using Comet.Inference.Model;

namespace Comet.Inference.Inference;

/// <summary>
/// Variational EM for <see cref="LinkModel"/>: point estimates (EM) for the shared parameters
/// m, a, mu0, Sigma, w, psi; the E-step integrates each source's propensity pi_s exactly by quadrature
/// (<see cref="SourceMarginals"/>), so q(z_st) = E[sigmoid(logit pi_s + l_st)] with l_st the pair's
/// evidence w'(x_st - midpoint) + answers' log-odds (+ gamma_s + beta_t, the source's and the
/// target's effects learned from the answers, <see cref="Inference.AnswerEffects"/>); then one offset
/// holds sum q at m x pairs.
/// Deterministic: no randomness, fixed summation order per thread chunk.
/// </summary>
internal static class MeanFieldSolver
{
    private const int Chunk = 1 << 15;

    public static SolverResult Solve(LinkModel model, InferenceOptions options)
    {
        var features = model.Features;
        var n = features.PairCount;
        var scatter = FeatureScatter.Compute(features);
        var q = new double[n];
        var logOdds = new double[n];
        var feedbackLogOdds = new double[model.Feedback.Count > 0 ? n : 0];
        var feedback = new FeedbackLikelihood(model.FeedbackSensitivity.Mean, model.FeedbackFalseAlarm.Mean);
        Initialise(model, q);

        var evidence = new double[n];
        var answerFree = new double[feedbackLogOdds.Length];
        var previous = (double[])q.Clone();
        var answerEffects = AnswerEffects.For(model);
        var withTargetEffects = new double[answerEffects is null ? 0 : n];
        var withBothEffects = new double[answerEffects is { HasSourceEffects: true } ? n : 0];
        EmissionParameters emission = null!;
        SourcePosterior[] sources = [];
        double density = model.LinkDensity.Mean, concentration = 0, offset = 0;
        var iteration = 0;
        var converged = false;
        Sweep(options.MaxIterations);
        return new SolverResult(q, logOdds, evidence, feedbackLogOdds, sources, density, concentration, emission, feedback, offset, iteration, converged)
        {
            AnswerEffects = answerEffects,
        };

        void Sweep(int limit)
        {
            while (!converged && iteration < limit)
            {
                iteration++;
                emission = EmissionUpdate.Fit(features, scatter, q, model.Priors, emission?.Weights);
                if (feedbackLogOdds.Length > 0)
                {
                    if (iteration > 1)
                    {
                        feedback = FeedbackUpdate.Fit(model.Feedback, feedback, q, model);
                    }

                    FeedbackUpdate.AddLogOdds(model.Feedback, feedback, feedbackLogOdds);
                }

                ComputeEvidence(model, emission, feedbackLogOdds, evidence);
                var (propensityInput, marginalInput) = (evidence, evidence);
                if (answerEffects is not null)
                {
                    if (iteration > 1)
                    {
                        answerEffects.Update(q, logOdds, feedbackLogOdds);
                    }

                    // beta_t and gamma_s enter each pair's prior; pi_s sees beta_t only (gamma_s is its
                    // answers-only counterpart, cut from pi_s).
                    propensityInput = answerEffects.AddTo(evidence, withTargetEffects, withSources: false);
                    marginalInput = answerEffects.HasSourceEffects
                        ? answerEffects.AddTo(evidence, withBothEffects, withSources: true)
                        : propensityInput;
                }

                var (rowSums, _) = PropensityUpdate.RowSums(q, model.Sources, model.Targets);
                density = PropensityUpdate.Density(model.LinkDensity, rowSums.Sum(), n);
                var likelihoods = SourceMarginals.LogLikelihoods(propensityInput, model.Sources, model.Targets, model.Fit.SourceEvidenceTempering);
                if (iteration <= 5 || iteration % 5 == 0)
                {
                    // a settles within a few sweeps; re-checking it every fifth sweep saves most of its cost.
                    concentration = SourceMarginals.ChooseConcentration(model.ConcentrationGrid, density, likelihoods);
                }

                sources = SourceMarginals.Posteriors(concentration, density, likelihoods);
                SourceMarginals.Expectations(marginalInput, sources, model.Targets, q);
                ToLogOdds(q, logOdds);
                if (model.Fit.ConstrainExpectedLinks)
                {
                    // Posterior regularisation: one shift of all log-odds so that, answers left out, sum q = m x pairs.
                    offset = ExpectedCountConstraint.Offset(AnswerFree(logOdds, feedbackLogOdds, answerFree), density * n, offset);
                    TensorPrimitives.Add(logOdds, offset, logOdds);
                }

                converged = UpdatePosterior(logOdds, previous) < options.Tolerance;
                Array.Copy(previous, q, n);
            }
        }
    }

    /// <summary>
    /// The log-odds without the answers' share: the count constraint holds the measures' expected
    /// links, and answers move their own links on top of it instead of being paid for by all others
    /// (in a one-pair project the constraint would otherwise cancel any answer).
    /// </summary>
    private static double[] AnswerFree(double[] logOdds, double[] feedbackLogOdds, double[] scratch)
    {
        if (feedbackLogOdds.Length == 0)
        {
            return logOdds;
        }

        TensorPrimitives.Subtract(logOdds, feedbackLogOdds, scratch);
        return scratch;
    }

    private static void ToLogOdds(double[] q, double[] logOdds)
    {
        var n = q.Length;
        var chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, () => new double[Chunk], (c, _, scratch) =>
        {
            var start = c * Chunk;
            var length = Math.Min(Chunk, n - start);
            var target = logOdds.AsSpan(start, length);
            var complement = scratch.AsSpan(0, length);
            TensorPrimitives.Clamp(q.AsSpan(start, length), 1e-300, 1 - 1e-16, target);
            TensorPrimitives.Subtract(1.0, target, complement);
            TensorPrimitives.Log(target, target);
            TensorPrimitives.Log(complement, complement);
            TensorPrimitives.Subtract(target, complement, target);
            return scratch;
        }, _ => { });
    }

    /// <summary>The evidence log-likelihood ratio of every pair: w'(x - midpoint) + answers' log-odds.</summary>
    private static void ComputeEvidence(LinkModel model, EmissionParameters emission, double[] feedbackLogOdds, double[] evidence)
    {
        var features = model.Features;
        var constant = 0.0;
        for (var j = 0; j < emission.Dimension; j++)
        {
            constant -= emission.Weights[j] * emission.Midpoint[j];
        }

        var n = features.PairCount;
        var chunks = (n + Chunk - 1) / Chunk;
        Parallel.For(0, chunks, c =>
        {
            var start = c * Chunk;
            var length = Math.Min(Chunk, n - start);
            var eta = evidence.AsSpan(start, length);
            eta.Fill(constant);
            for (var j = 0; j < emission.Dimension; j++)
            {
                if (emission.Weights[j] > 0)
                {
                    TensorPrimitives.MultiplyAdd(features.Columns[j].Values.AsSpan(start, length), emission.Weights[j], eta, eta);
                }
            }

            if (feedbackLogOdds.Length > 0)
            {
                TensorPrimitives.Add(eta, feedbackLogOdds.AsSpan(start, length), eta);
            }
        });
    }

    /// <summary>q = sigmoid(logit q) in place; returns the largest change of q.</summary>
    private static double UpdatePosterior(double[] logOdds, double[] posterior)
    {
        var n = logOdds.Length;
        var chunks = (n + Chunk - 1) / Chunk;
        var changes = new double[chunks];
        Parallel.For(0, chunks, c =>
        {
            var start = c * Chunk;
            var end = Math.Min(n, start + Chunk);
            var change = 0.0;
            for (var i = start; i < end; i++)
            {
                var updated = 1.0 / (1.0 + Math.Exp(-logOdds[i]));
                change = Math.Max(change, Math.Abs(updated - posterior[i]));
                posterior[i] = updated;
            }

            changes[c] = change;
        });
        return changes.Max();
    }

    /// <summary>
    /// Start from the prior density and the average feature (a CombSUM-like ordering), so the first
    /// M-step sees the top of the consensus as links. Answers enter from the first E-step on, not here:
    /// with noisy answers (a quarter flipped) a first M-step on them starts EM in a weak-weight optimum.
    /// </summary>
    private static void Initialise(LinkModel model, double[] q)
    {
        var features = model.Features;
        var n = features.PairCount;
        var mean = new double[n];
        foreach (var column in features.Columns)
        {
            TensorPrimitives.Add(mean, column.Values, mean);
        }

        var average = TensorPrimitives.Sum<double>(mean) / n;
        var spread = Math.Sqrt(Math.Max(TensorPrimitives.SumOfSquares<double>(mean) / n - (average * average), 1e-12));
        var prior = model.LinkDensity.Mean;
        var offset = Math.Log(prior / (1 - prior));
        for (var i = 0; i < n; i++)
        {
            q[i] = 1.0 / (1.0 + Math.Exp(-(offset + (2.0 * (mean[i] - average) / spread))));
        }
    }
}

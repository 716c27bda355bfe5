using System.Numerics.Tensors;
using Comet.Inference.Model;
using Comet.Inference.Output;

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
internal sealed class MeanFieldSolver
{
    /// <summary>The first sweeps, each of which re-chooses the concentration a (later only every fifth does).</summary>
    private const int ConcentrationSettlingSweeps = 5;

    private const int ConcentrationInterval = 5;

    private readonly LinkModel model;
    private readonly FeatureScatter scatter;
    private readonly int n;
    private readonly bool densityNewtonStep;

    // q(z_st), and the next sweep's, written before it replaces q (the largest change tells convergence;
    // so next holds q between sweeps).
    private readonly double[] q;
    private readonly double[] next;
    private readonly double[] logOdds;

    // Every pair's evidence log-likelihood ratio, and the answers' share of it (empty without answers).
    private readonly double[] evidence;
    private readonly double[] feedbackLogOdds;
    private readonly double[] answerFree;

    // gamma_s and beta_t (null when off), and the evidence with beta_t, and with both, added.
    private readonly AnswerEffects? answerEffects;
    private readonly double[] withTargetEffects;
    private readonly double[] withBothEffects;

    private FeedbackLikelihood feedback;
    private EmissionParameters emission = null!;
    private SourcePosterior[] sources = [];
    private double density;
    private double concentration;
    private double offset;
    private int iteration;
    private int lastConcentrationChoice;

    private MeanFieldSolver(LinkModel model, bool densityNewtonStep)
    {
        this.model = model;
        this.densityNewtonStep = densityNewtonStep;
        n = model.Features.PairCount;
        scatter = FeatureScatter.Compute(model.Features);
        q = new double[n];
        logOdds = new double[n];
        feedbackLogOdds = new double[model.Feedback.Count > 0 ? n : 0];
        feedback = model.Answers.PriorMeans;
        Initialise(model, q);

        evidence = new double[n];
        answerFree = new double[feedbackLogOdds.Length];
        next = (double[])q.Clone();
        answerEffects = AnswerEffects.For(model);
        withTargetEffects = new double[answerEffects is null ? 0 : n];
        withBothEffects = new double[answerEffects is { HasSourceEffects: true } ? n : 0];
        density = model.Density.Prior.Mean;
    }

    public static SolverResult Solve(LinkModel model, InferenceOptions options)
    {
        var solver = new MeanFieldSolver(model, options.DensityNewtonStep);
        return solver.Result(solver.Run(options));
    }

    /// <summary>Sweeps until no q(z_st) moves by the tolerance; false when the cap came first.</summary>
    private bool Run(InferenceOptions options)
    {
        while (iteration < options.MaxIterations)
        {
            if (Sweep() < options.Tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One sweep of variational EM; returns the largest change of any q(z_st).</summary>
    private double Sweep()
    {
        iteration++;
        emission = EmissionUpdate.Fit(model.Emission, model.Weights, model.Features, scatter, q, emission?.Weights);
        UpdateAnswers();
        PairPasses.ComputeEvidence(model, emission, feedbackLogOdds, evidence);
        var (propensityInput, marginalInput) = WithAnswerEffects();
        UpdatePropensities(propensityInput);
        SourceMarginals.Expectations(marginalInput, sources, model.Targets, q);
        PairPasses.ToLogOdds(q, logOdds);
        ConstrainExpectedLinks();
        var change = PairPasses.UpdatePosterior(logOdds, next);
        Array.Copy(next, q, n);
        return change;
    }

    /// <summary>The confusion matrix psi (from the second sweep on) and the answers' log-odds per pair.</summary>
    private void UpdateAnswers()
    {
        if (feedbackLogOdds.Length == 0)
        {
            return;
        }

        if (iteration > 1)
        {
            feedback = FeedbackUpdate.Fit(model.Feedback, feedback, q, model.Answers);
        }

        FeedbackUpdate.AddLogOdds(model.Feedback, feedback, feedbackLogOdds);
    }

    /// <summary>
    /// gamma_s and beta_t (from the second sweep on), added to the evidence: beta_t and gamma_s enter
    /// each pair's prior; pi_s sees beta_t only (gamma_s is its answers-only counterpart, cut from pi_s).
    /// Returns what pi_s sees and what the link posteriors see.
    /// </summary>
    private (double[] Propensity, double[] Marginal) WithAnswerEffects()
    {
        if (answerEffects is null)
        {
            return (evidence, evidence);
        }

        if (iteration > 1)
        {
            answerEffects.Update(q, logOdds, feedbackLogOdds);
        }

        var propensityInput = answerEffects.AddTo(evidence, withTargetEffects, withSources: false);
        var marginalInput = answerEffects.HasSourceEffects
            ? answerEffects.AddTo(evidence, withBothEffects, withSources: true)
            : propensityInput;
        return (propensityInput, marginalInput);
    }

    /// <summary>
    /// m, then each pi_s; a settles within a few sweeps, so re-checking it every fifth sweep saves most of
    /// its cost (sweeps choose at 1-5, 10, 15, ...).
    /// </summary>
    private void UpdatePropensities(double[] propensityInput)
    {
        // The density step waits for the settling sweeps, so those sweeps, and the concentrations they choose,
        // are plain EM's: from sweep 2 on, it led eANCI_ftlr/en's fit to a = 12 instead of plain's 20.
        density = densityNewtonStep && model.Density.ConstrainsExpectedLinks && iteration > ConcentrationSettlingSweeps
            ? DensityFixedPoint.Step(model.Density.Prior, PropensityUpdate.SoftLinks(q, model.Sources, model.Targets), logOdds, feedbackLogOdds)
            : PropensityUpdate.Density(model.Density, q, model.Sources, model.Targets);
        var chooseConcentration = iteration <= ConcentrationSettlingSweeps
            || iteration - lastConcentrationChoice >= ConcentrationInterval;
        lastConcentrationChoice = chooseConcentration ? iteration : lastConcentrationChoice;
        (concentration, sources) = PropensityUpdate.Propensities(
            model.Propensity, propensityInput, model.Sources, model.Targets, density, concentration, chooseConcentration);
    }

    /// <summary>Posterior regularisation: one shift of all log-odds so that, answers left out, sum q = m x pairs.</summary>
    private void ConstrainExpectedLinks()
    {
        if (!model.Density.ConstrainsExpectedLinks)
        {
            return;
        }

        offset = ExpectedCountConstraint.Offset(PairPasses.AnswerFree(logOdds, feedbackLogOdds, answerFree), density * n, offset);
        TensorPrimitives.Add(logOdds, offset, logOdds);
    }

    private SolverResult Result(bool converged) =>
        new(q, logOdds, evidence, feedbackLogOdds, sources, density, concentration, emission, feedback, offset, iteration, converged)
        {
            AnswerEffects = answerEffects,
        };

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
        var prior = model.Density.Prior.Mean;
        var offset = Math.Log(prior / (1 - prior));
        for (var i = 0; i < n; i++)
        {
            q[i] = LinkPosteriors.Sigmoid(offset + (2.0 * (mean[i] - average) / spread));
        }
    }
}

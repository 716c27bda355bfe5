namespace Comet.Inference.Model;

/// <summary>
/// The priors of <see cref="LinkModel"/>'s generative story, and nothing else: how it is fitted is
/// <see cref="FitSettings"/>. The same for every dataset (no per-dataset tuning). Immutable;
/// <see cref="Validate"/> runs when the model is declared. What was measured to choose each default:
/// docs/model-decisions.md.
/// </summary>
public sealed record ModelPriors
{
    /// <summary>
    /// Prior mean of links per source. Default 3; &gt; 0. Links per source varies far less across
    /// benchmarks than link density does, so the density prior is this / |targets|.
    /// </summary>
    public double ExpectedLinksPerSource { get; init; } = 3.0;

    /// <summary>
    /// Cap on the density prior's mean. Default 0.25; in (0, 1). With few targets, links per source /
    /// |targets| would otherwise claim most pairs are links.
    /// </summary>
    public double MaximumPriorDensity { get; init; } = 0.25;

    /// <summary>
    /// Strength of the density prior m as a fraction of the number of pairs. Default 0.5; in (0, 10].
    /// Strong on purpose: an unsupervised mixture otherwise lets the link component grow into "similar".
    /// </summary>
    public double DensityStrengthFraction { get; init; } = 0.5;

    /// <summary>
    /// Candidate concentrations a of pi_s ~ Beta(a m, a (1 - m)). Default 0.5 to 10000; not empty, all
    /// &gt; 0. Empirical Bayes picks one per task, so the grid only has to span plausible values.
    /// </summary>
    public IReadOnlyList<double> ConcentrationGrid { get; init; } =
        [0.5, 1, 2, 3, 5, 8, 12, 20, 30, 50, 80, 120, 200, 300, 500, 1000, 3000, 10000];

    /// <summary>
    /// Pooling of the measures' weights, w_j ~ N(omega, 1 / (pooling N1)) truncated at 0, in units of the
    /// features' unit variance. Default 1; &gt;= 0 (0: no pooling). Near-duplicate measures otherwise hand
    /// all weight to the most bimodal one, which is not the best one.
    /// </summary>
    public double WeightPooling { get; init; } = 1.0;

    /// <summary>
    /// Prior precision of each transitive path weight around 0, in <see cref="WeightPooling"/>'s units.
    /// Default 1; &gt;= 0. Path scores partly come from the model's own posteriors, so they must earn their
    /// weight.
    /// </summary>
    public double PathWeightPrecision { get; init; } = 1.0;

    /// <summary>
    /// Prior precision of each measure's within-target weight around 0, in <see cref="WeightPooling"/>'s
    /// units. Default 2; &gt;= 0. The view lifts most tasks, but pooled freely it sometimes takes over the
    /// link component.
    /// </summary>
    public double TargetViewWeightPrecision { get; init; } = 2.0;

    /// <summary>
    /// Prior precision of a family member's weights around 0 (all its views), in <see cref="WeightPooling"/>'s
    /// units, when its family enters as one measure (<see cref="FitSettings.WordMeasures"/>,
    /// <see cref="FitSettings.NeuralMeasures"/>). Default 5; &gt;= 0. Each member keeps only what it says beyond
    /// the family's consensus, and must earn it.
    /// </summary>
    public double FamilyMemberWeightPrecision { get; init; } = 5.0;

    /// <summary>
    /// Shrinkage of the shared covariance's off-diagonal toward 0. Default 0.5; in [0, 1] (1: naive
    /// Bayes). Half-way keeps near-duplicate measures stable without double-counting them.
    /// </summary>
    public double CovarianceShrinkage { get; init; } = 0.5;

    /// <summary>
    /// Prior of psi_1 = P(answer "link" | link, developer informed). Default mean 0.9, strength 10.
    /// Soft, so each project's answers teach how far to trust them (the benchmarks' simulated developer
    /// is wrong a quarter of the time; the product's front ends hold people firmer, ModelDefaults).
    /// </summary>
    public BetaPrior FeedbackSensitivity { get; init; } = BetaPrior.FromMeanAndStrength(0.9, 10);

    /// <summary>
    /// Prior of psi_0 = P(answer "link" | no link, developer informed). Default mean 0.1, strength 10.
    /// The mirror of <see cref="FeedbackSensitivity"/>.
    /// </summary>
    public BetaPrior FeedbackFalseAlarm { get; init; } = BetaPrior.FromMeanAndStrength(0.1, 10);

    /// <summary>
    /// Prior sd of each target's log-odds effect beta_t, learned from the answers on its pairs only when
    /// answers are votes inside the fit (<see cref="Learning.AnswerLearningSettings.LearnFromAnswers"/>
    /// false). Default 1; &gt;= 0 (0: off). Answers on some of a target's links say how link-rich it is; 2
    /// overfits noisy answers.
    /// </summary>
    public double TargetAnswerSpread { get; init; } = 1.0;

    /// <summary>
    /// Prior sd of each source's log-odds effect gamma_s, learned like beta_t
    /// (<see cref="TargetAnswerSpread"/>). Default 1; &gt;= 0 (0: off). pi_s sees the answers only
    /// tempered, so they barely moved it; 2 overfits noisy answers.
    /// </summary>
    public double SourceAnswerSpread { get; init; } = 1.0;

    /// <summary>
    /// Probability that a known intermediate link (an execution trace) is a real hop. Default 0.95; in
    /// (0, 1]. A recorded trace is strong evidence of a hop, held short of certain.
    /// </summary>
    public double KnownLinkReliability { get; init; } = 0.95;

    public static ModelPriors Default { get; } = new();

    public void Validate()
    {
        Check(ExpectedLinksPerSource > 0, nameof(ExpectedLinksPerSource));
        Check(DensityStrengthFraction is > 0 and <= 10, nameof(DensityStrengthFraction));
        Check(MaximumPriorDensity is > 0 and < 1, nameof(MaximumPriorDensity));
        Check(ConcentrationGrid.Count > 0 && ConcentrationGrid.All(a => a > 0), nameof(ConcentrationGrid));
        Check(WeightPooling >= 0, nameof(WeightPooling));
        Check(PathWeightPrecision >= 0, nameof(PathWeightPrecision));
        Check(TargetViewWeightPrecision >= 0, nameof(TargetViewWeightPrecision));
        Check(FamilyMemberWeightPrecision >= 0, nameof(FamilyMemberWeightPrecision));
        Check(CovarianceShrinkage is >= 0 and <= 1, nameof(CovarianceShrinkage));
        Check(TargetAnswerSpread >= 0, nameof(TargetAnswerSpread));
        Check(SourceAnswerSpread >= 0, nameof(SourceAnswerSpread));
        Check(KnownLinkReliability is > 0 and <= 1, nameof(KnownLinkReliability));
    }

    private static void Check(bool ok, string name) => OptionBounds.Check(ok, name, "model prior");
}

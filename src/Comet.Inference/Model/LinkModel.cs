using Comet.Inference.Evidence;
using Comet.Inference.Features;

namespace Comet.Inference.Model;

/// <summary>
/// The hierarchical Bayesian link model, declared once, top-down, as its generative story. Inference
/// algorithms (<see cref="Inference.ILinkInference"/>) read this declaration; none of them changes it.
/// <code>
/// m      ~ Beta.FromMeanAndStrength(linksPerSource / |T|, fraction x |S||T|)   project link density     Density
/// a      ~ empirical Bayes over a grid                                        how alike sources are     Propensity
/// pi_s   ~ Beta(a m, a (1 - m))                    per source: does it have links at all, how many      Propensity
/// gamma_s ~ N(0, source spread^2)     per source: what its answers add to pi_s (answers only, below)    SourceEffect
/// beta_t ~ N(0, target spread^2)      per target: how link-rich it is (answers only, below)             TargetEffect
/// z_st   ~ Bernoulli(sigmoid(logit pi_s + gamma_s + beta_t))                  the link itself
/// omega  ~ flat; w_j ~ N(omega, 1 / (pooling N1)), w_j &gt;= 0     weight (quality) of feature j        Weights
/// w_v    ~ N(0, 1 / (precision N1)), w_v &gt;= 0    within-target views and paths: earn their weight    Weights
/// x_st   ~ Normal(mu0 + z_st Sigma w, Sigma)            features: each measure's global probit-rank,    Emission
///                                                       probit-rank within its source, z-score
///                                                       within its target,
///                                                       plus transitive paths
/// psi_1  ~ FeedbackSensitivity, psi_0 ~ FeedbackFalseAlarm       the developer's confusion matrix       Answers
/// h_i    ~ Bernoulli(strength_i)                                 the developer knew (else a coin flip)  Answers
/// a_i    ~ h_i ? Bernoulli(psi_{z_st}) : Bernoulli(1/2)          answer i on link (s, t)                Answers
/// </code>
/// Each node on the right is a property below, typed by the variable it declares and holding its
/// prior (and, where the fit departs from plain Bayes there, that departure); the solvers read the
/// nodes, and the observed x_st and a_i are <see cref="Features"/> and <see cref="Feedback"/>.
/// How answers teach (default, <see cref="Learning.AnswerLearningSettings.LearnFromAnswers"/>): a hybrid
/// generative-discriminative model. The story above is fitted without the answers, and its reported
/// log-odds r_st are the prior of a per-project logistic layer over the answered pairs
/// (<see cref="Learning.AnswerLearner"/>):
/// <code>
/// alpha ~ N(0, 2^2); beta ~ N(1, 1); w_k ~ N(0, 1/lambda), sign-constrained   the layer's coefficients
/// f_st = the measures' views, and features of the answers themselves (cross-fitted: resemblance of t to
///        the source's confirmed / rejected targets, of s to the sources confirmed / rejected for t,
///        how often the source's and the target's other answers said "link")
/// z_st ~ Bernoulli(sigmoid(alpha + beta r_st + w'f_st))
/// a_i  ~ as above, through the confusion matrix psi learned with the layer
/// </code>
/// lambda (or no layer at all) chosen by cross-validation over the answers. The earlier way, answers as
/// votes inside the variational fit with gamma_s and beta_t below, stays as the option
/// LearnFromAnswers = false.
/// The link component's mean is above the non-link one along Sigma w with w &gt;= 0: more similar never
/// counts against a link, and the log-likelihood ratio is linear, log N1/N0 = w'(x - (mu0 + mu1)/2),
/// so every measure's contribution is one readable log-odds term and nothing saturates.
/// gamma_s and beta_t are cut (modular) nodes: only the answers on the source's or target's pairs
/// inform them, never the measures, which would make targets similar to everything look link-rich
/// (<see cref="Inference.AnswerEffects"/>); without answers they are 0.
/// Three departures from plain Bayes. Two are <see cref="FitSettings"/>: the posterior is held to
/// m x pairs expected links (posterior regularisation), and a source's pooled evidence is tempered
/// when its pi_s is inferred (its pairs are not independent on real data). The third is
/// <see cref="Inference.OutputCalibrationSettings"/>: what is reported is a tempered posterior,
/// logit p = tau (l - a) + a + b with a the answers' log-odds and b holding the reported links at a
/// share of m x pairs (the Gaussians are misspecified on real text and their log-odds far too steep;
/// the answers keep their weight; rankings without answers do not move).
/// </summary>
public sealed class LinkModel
{
    // Kept to declare the same nodes again when path scores are added.
    private readonly ModelPriors priors;

    private LinkModel(LinkEvidence evidence, ModelPriors priors, FitSettings fit, FeatureSet features, FeedbackObservation[] feedback)
    {
        Evidence = evidence;
        this.priors = priors;
        Fit = fit;
        Features = features;
        Feedback = feedback;
        Density = LinkDensity.Declare(priors, fit, evidence.TargetCount, evidence.PairCount);
        Propensity = SourcePropensity.Declare(priors, fit);
        SourceEffect = new AnswerEffect(priors.SourceAnswerSpread);
        TargetEffect = new AnswerEffect(priors.TargetAnswerSpread);
        Weights = FeatureWeights.Declare(priors);
        Emission = FeatureEmission.Declare(priors);
        Answers = DeveloperAnswers.Declare(priors);
    }

    public LinkEvidence Evidence { get; }

    /// <summary>How the story is fitted: which features it observes; its departures from plain Bayes are on the nodes.</summary>
    public FitSettings Fit { get; }

    /// <summary>m, the project link density.</summary>
    public LinkDensity Density { get; }

    /// <summary>pi_s, each source's propensity, and their concentration a.</summary>
    public SourcePropensity Propensity { get; }

    /// <summary>gamma_s, each source's effect learned from its answers (cut from the measures).</summary>
    public AnswerEffect SourceEffect { get; }

    /// <summary>beta_t, each target's effect learned from its answers (cut from the measures).</summary>
    public AnswerEffect TargetEffect { get; }

    /// <summary>w, the features' non-negative, pooled weights.</summary>
    public FeatureWeights Weights { get; }

    /// <summary>x_st given z_st, the features' class-conditional Gaussians.</summary>
    public FeatureEmission Emission { get; }

    /// <summary>a_i given z_st, the answers through the developer's confusion matrix psi.</summary>
    public DeveloperAnswers Answers { get; }

    public int Sources => Features.Sources;

    public int Targets => Features.Targets;

    /// <summary>The observation vectors x_st.</summary>
    internal FeatureSet Features { get; }

    /// <summary>The answers a_i, resolved to pair indices.</summary>
    internal IReadOnlyList<FeedbackObservation> Feedback { get; }

    /// <summary>Declares the model for one task's evidence: measures (and any extra path scores) become features.</summary>
    public static LinkModel Declare(LinkEvidence evidence, ModelPriors priors, FitSettings fit) => Declare(evidence, priors, fit, []);

    /// <param name="pathScores">Transitive path scores, one block per kind of path (their groups are path evidence).</param>
    internal static LinkModel Declare(LinkEvidence evidence, ModelPriors priors, FitSettings fit, IReadOnlyList<(string Group, double[] Scores)> pathScores)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(fit);
        priors.Validate();
        fit.Validate();
        var measures = MeasureFamily.Blocks(evidence.Measures, fit);
        var columns = Columns([.. measures, .. PathBlocks(pathScores)], evidence.SourceCount, evidence.TargetCount, fit);
        var features = new FeatureSet(columns, evidence.SourceCount, evidence.TargetCount);
        return new LinkModel(evidence, priors, fit, features, FeedbackObservation.Resolve(evidence));
    }

    internal LinkModel WithPathScores(IReadOnlyList<(string Group, double[] Scores)> pathScores) =>
        new(Evidence, priors, Fit, Features.Append(Columns(PathBlocks(pathScores), Sources, Targets, Fit)), [.. Feedback]);

    private static ScoreBlock[] PathBlocks(IReadOnlyList<(string Group, double[] Scores)> pathScores) =>
        [.. pathScores.Select(p => new ScoreBlock(p.Group, p.Scores, IsPath: true))];

    private static IReadOnlyList<FeatureColumn> Columns(ScoreBlock[] blocks, int sources, int targets, FitSettings fit) =>
        fit.RankTransformScores ? FeatureBuilder.Build(blocks, sources, targets, fit.Features) : FeatureBuilder.Untransformed(blocks);
}

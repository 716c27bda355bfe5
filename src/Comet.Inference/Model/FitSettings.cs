using Comet.Inference.Features;

namespace Comet.Inference.Model;

/// <summary>
/// How <see cref="LinkModel"/>'s story is fitted to a task: which features it observes and its
/// departures from plain Bayes. Each default is the one for real text; data drawn from the model
/// itself wants the exact settings (no rank transform, no constraint, no tempering). Immutable;
/// <see cref="Validate"/> runs when the model is declared. Why each default: docs/model-decisions.md.
/// </summary>
public sealed record FitSettings
{
    /// <summary>
    /// Which views of each measure enter the likelihood. Default global level + within-source and
    /// within-target standing. Each view corrects for a different kind of artifact that is similar to
    /// everything.
    /// </summary>
    public FeatureView Features { get; init; } = FeatureView.WithinSource | FeatureView.WithinTarget;

    /// <summary>
    /// Feed each measure to the likelihood as the probit of its global mid-ranks. Default true (false:
    /// scores as they are, for data simulated from the model). Any measure's scale then works.
    /// </summary>
    public bool RankTransformScores { get; init; } = true;

    /// <summary>
    /// Hold the posterior's expected number of links at m x pairs (posterior regularisation). Default
    /// true. Without it the link component can grow into "similar".
    /// </summary>
    public bool ConstrainExpectedLinks { get; init; } = true;

    /// <summary>
    /// Power applied to a source's pooled evidence when its propensity pi_s is inferred. Default 0.3; in
    /// (0, 1] (1: exact for data drawn from the model). A source's pairs share its text, so at full weight
    /// a few sources with many similar candidates look link-rich.
    /// </summary>
    public double SourceEvidenceTempering { get; init; } = 0.3;

    /// <summary>
    /// Most similar other sources whose links a source may inherit as a transitive path. Default 5;
    /// &gt;= 1. Only the closest sources' links say much about a source's own (an unmeasured choice).
    /// </summary>
    public int SourceNeighbours { get; init; } = 5;

    /// <summary>
    /// The bag-of-words family. When measures of both families run, a family with two or more of its
    /// measures present enters the fit as one family measure (the mean of their z-scores, named "lexical"
    /// or "neural"), and each member only as a residual whose weight is pulled toward 0
    /// (<see cref="ModelPriors.FamilyMemberWeightPrecision"/>). Default vsm, lsi, js, bm25, ident, fine, biterm; empty:
    /// off. Four look-alike measures otherwise outvote the embedding four to one where it is right (HIPAA);
    /// ident and fine read the same words (beside the embedding, hbn AP .4547 with them as separate measures,
    /// .4628 in the family).
    /// </summary>
    public IReadOnlyList<string> WordMeasures { get; init; } = ["vsm", "lsi", "js", "bm25", "ident", "fine", "biterm"];

    /// <summary>The neural family (<see cref="WordMeasures"/>). Default embedding, arctic; empty: off.</summary>
    public IReadOnlyList<string> NeuralMeasures { get; init; } = ["embedding", "arctic"];

    public static FitSettings Default { get; } = new();

    public void Validate()
    {
        Check(SourceEvidenceTempering is > 0 and <= 1, nameof(SourceEvidenceTempering));
        Check(SourceNeighbours >= 1, nameof(SourceNeighbours));
    }

    private static void Check(bool ok, string name) => OptionBounds.Check(ok, name, "fit setting");
}

namespace Comet.Reporting.Html.Model;

/// <summary>
/// Link probabilities and explanations from a model (e.g. the Bayesian inference), by pair. The
/// report works without one: it then derives its buckets from min-max scaled scores and says so.
/// </summary>
public interface ILinkProbabilities
{
    /// <summary>Name shown in the report, e.g. "hierarchical model".</summary>
    string ModelName { get; }

    /// <summary>Probability that (source, target) is a link; null when the model has no value for the pair.</summary>
    double? ProbabilityOf(string sourceId, string targetId);

    /// <summary>A one-line reason for the probability; null when there is none.</summary>
    string? ExplanationOf(string sourceId, string targetId);

    /// <summary>True for a source's best candidate that the model cannot yet judge: shown "needs review", not "probably not".</summary>
    bool NeedsReview(string sourceId, string targetId) => false;

    /// <summary>What the model can say of the number of links, e.g. "about 95 links (learned from 30 answers)"; null when nothing.</summary>
    string? CountStatement => null;
}

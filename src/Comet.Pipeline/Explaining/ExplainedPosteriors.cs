using Comet.Core.Artifacts;
using Comet.Core.Links;
using Comet.Inference.Output;
using Comet.Inference.Review;
using Comet.Pipeline.Modelling;
using Comet.Reporting.Html.Model;
using Comet.Reporting.Links;

namespace Comet.Pipeline.Explaining;

/// <summary>
/// A model's posteriors as what tables and reports show per link: probability, its sd, bucket, and the
/// explanation as a sum (<see cref="AdditiveExplanation"/>). One object serves the link writers
/// (<see cref="Detail"/>) and the HTML report (<see cref="ILinkProbabilities"/>).
/// </summary>
public sealed class ExplainedPosteriors : ILinkProbabilities
{
    private readonly LinkPosteriors _posteriors;
    private readonly Dictionary<string, int> _rows;
    private readonly Dictionary<string, int> _columns;
    private readonly Lazy<bool[]> _needsReview;

    public ExplainedPosteriors(string modelName, LinkPosteriors posteriors)
    {
        ArgumentNullException.ThrowIfNull(posteriors);
        ModelName = modelName;
        _posteriors = posteriors;
        _rows = IdPositions.Of(posteriors.SourceIds);
        _columns = IdPositions.Of(posteriors.TargetIds);
        _needsReview = new Lazy<bool[]>(() => ReviewMarkers.NeedsReview(posteriors));
        CountStatement = LinkCountEstimate.Of(posteriors).ToString();
    }

    public string? CountStatement { get; }

    /// <summary>The explained posteriors of <paramref name="result"/>'s model; null when it ran without one.</summary>
    public static ExplainedPosteriors? Of(TraceResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Posteriors is { } posteriors ? new ExplainedPosteriors(result.RankedBy, posteriors) : null;
    }

    public bool NeedsReview(string sourceId, string targetId) =>
        Find(sourceId, targetId) is var (i, j) && _needsReview.Value[(i * _posteriors.TargetIds.Count) + j];

    public string ModelName { get; }

    public double? ProbabilityOf(string sourceId, string targetId) =>
        Find(sourceId, targetId) is var (i, j) ? _posteriors.Probability(i, j) : null;

    public string? ExplanationOf(string sourceId, string targetId) =>
        Find(sourceId, targetId) is var (i, j) ? AdditiveExplanation.Format(_posteriors.Explain(i, j)) : null;

    public LinkDetail Detail(ScoredLink link)
    {
        var (i, j) = Find(link.SourceId, link.TargetId) ?? throw new ArgumentException($"no posterior for {link.SourceId} -> {link.TargetId}", nameof(link));
        return new LinkDetail(
            _posteriors.Probability(i, j), _posteriors.ProbabilitySd(i, j), AdditiveExplanation.Format(_posteriors.Explain(i, j)),
            _needsReview.Value[(i * _posteriors.TargetIds.Count) + j]);
    }

    private (int, int)? Find(string sourceId, string targetId) =>
        _rows.TryGetValue(sourceId, out var i) && _columns.TryGetValue(targetId, out var j) ? (i, j) : null;
}

using Comet.Core.Artifacts;
using Comet.Inference.Output;
using Comet.Reporting.Html.Model;

namespace Comet.Pipeline.Modelling;

/// <summary>A model's posteriors as the probabilities and explanations an HTML report shows.</summary>
public sealed class PosteriorProbabilities(string modelName, LinkPosteriors posteriors) : ILinkProbabilities
{
    private readonly Dictionary<string, int> _rows = IdPositions.Of(posteriors.SourceIds);
    private readonly Dictionary<string, int> _columns = IdPositions.Of(posteriors.TargetIds);

    public string ModelName { get; } = modelName;

    public double? ProbabilityOf(string sourceId, string targetId) =>
        Find(sourceId, targetId) is var (i, j) ? posteriors.Probability(i, j) : null;

    public string? ExplanationOf(string sourceId, string targetId) =>
        Find(sourceId, targetId) is var (i, j) ? LinkDetails.Explain(posteriors.Explain(i, j)) : null;

    private (int, int)? Find(string sourceId, string targetId) =>
        _rows.TryGetValue(sourceId, out var i) && _columns.TryGetValue(targetId, out var j) ? (i, j) : null;
}

using Comet.Core.Links;

namespace Comet.Reporting.Html.Model;

/// <summary>Probabilities and explanations held in memory, e.g. read from a CSV file or copied from a model's output.</summary>
public sealed class ProbabilityTable(string modelName, IReadOnlyDictionary<TraceLink, (double Probability, string? Explanation)> entries)
    : ILinkProbabilities
{
    public string ModelName { get; } = modelName;

    public int Count => entries.Count;

    public double? ProbabilityOf(string sourceId, string targetId) =>
        entries.TryGetValue(new TraceLink(sourceId, targetId), out var entry) ? entry.Probability : null;

    public string? ExplanationOf(string sourceId, string targetId) =>
        entries.TryGetValue(new TraceLink(sourceId, targetId), out var entry) ? entry.Explanation : null;
}

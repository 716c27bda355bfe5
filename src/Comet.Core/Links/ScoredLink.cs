namespace Comet.Core.Links;

/// <summary>A candidate link with the score a measure or model gave it (higher = more likely linked).</summary>
public readonly record struct ScoredLink(string SourceId, string TargetId, double Score)
{
    public TraceLink Link => new(SourceId, TargetId);
}

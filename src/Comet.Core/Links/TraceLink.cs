namespace Comet.Core.Links;

/// <summary>An (unscored) link from a source artifact to a target artifact, by id.</summary>
public readonly record struct TraceLink(string SourceId, string TargetId)
{
    public override string ToString() => $"{SourceId} -> {TargetId}";
}

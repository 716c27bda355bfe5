namespace Comet.Inference.Features;

/// <summary>One transformed observation over all pairs (row-major, like the similarity matrices).</summary>
/// <param name="Group">The measure or transitive source it belongs to; explanations sum per group.</param>
/// <param name="Name">e.g. "vsm:global" or "vsm:source".</param>
/// <param name="Values">One value per pair.</param>
internal sealed record FeatureColumn(string Group, string Name, double[] Values)
{
    /// <summary>Name suffix after the last ':' ("global", "source", "target"), or "" for untransformed scores.</summary>
    public string View => Name.Contains(':', StringComparison.Ordinal) ? Name[(Name.LastIndexOf(':') + 1)..] : "";
}

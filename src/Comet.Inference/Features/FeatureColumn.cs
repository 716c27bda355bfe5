namespace Comet.Inference.Features;

/// <summary>One transformed observation over all pairs (row-major, like the similarity matrices).</summary>
/// <param name="Group">The measure or transitive source it belongs to; explanations sum per group.</param>
/// <param name="Name">For people and logs, e.g. "vsm:global" or "vsm:source"; nothing parses it.</param>
/// <param name="Values">One value per pair.</param>
/// <param name="View">Which view of its group's scores it is.</param>
/// <param name="IsPath">Whether the group is transitive path evidence rather than a measure.</param>
internal sealed record FeatureColumn(string Group, string Name, double[] Values, FeatureView View, bool IsPath)
{
    /// <summary>Whether the group is a member of a measure family that also enters whole (<see cref="MeasureFamily"/>).</summary>
    public bool IsFamilyMember { get; init; }
}

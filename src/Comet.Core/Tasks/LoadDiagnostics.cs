using Comet.Core.Links;

namespace Comet.Core.Tasks;

/// <summary>
/// What a loader noticed: gold links whose artifact is missing (reported, never silently dropped),
/// duplicate gold rows removed, and free-form warnings (repaired lines, decoding fallbacks).
/// </summary>
public sealed record LoadDiagnostics(
    IReadOnlyList<TraceLink> MissingArtifactLinks,
    int DuplicateGoldRows,
    IReadOnlyList<string> Warnings)
{
    public static LoadDiagnostics None { get; } = new([], 0, []);

    public bool IsClean => MissingArtifactLinks.Count == 0 && DuplicateGoldRows == 0 && Warnings.Count == 0;

    /// <summary>One line for logs: counts plus up to <paramref name="examples"/> missing links.</summary>
    public string Summarize(int examples = 3)
    {
        var parts = new List<string>();
        if (MissingArtifactLinks.Count > 0)
        {
            var sample = string.Join(", ", MissingArtifactLinks.Take(examples));
            parts.Add($"{MissingArtifactLinks.Count} gold links name a missing artifact (e.g. {sample})");
        }

        if (DuplicateGoldRows > 0)
        {
            parts.Add($"{DuplicateGoldRows} duplicate gold rows removed");
        }

        parts.AddRange(Warnings);
        return parts.Count == 0 ? "clean" : string.Join("; ", parts);
    }
}

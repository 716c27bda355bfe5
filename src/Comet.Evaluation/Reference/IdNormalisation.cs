namespace Comet.Evaluation.Reference;

/// <summary>
/// Maps an id as COMET wrote it to the dataset's artifact id. Strict on purpose: a configured prefix
/// must be present, and one of the configured suffixes must end the id, so a misconfigured entry
/// fails loudly instead of silently matching nothing.
/// </summary>
/// <param name="StripPrefix">Removed from the start (e.g. "RQ"); null = none.</param>
/// <param name="StripSuffixes">Alternatives, the first that ends the id is removed (e.g. ".txt", ".TXT"); empty = none.</param>
public sealed record IdNormalisation(string? StripPrefix, IReadOnlyList<string> StripSuffixes)
{
    public static IdNormalisation None { get; } = new(null, []);

    /// <summary>The normalised id, or null when the id lacks the configured prefix or suffix.</summary>
    public string? TryApply(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var result = id;
        if (!string.IsNullOrEmpty(StripPrefix))
        {
            if (!result.StartsWith(StripPrefix, StringComparison.Ordinal))
            {
                return null;
            }

            result = result[StripPrefix.Length..];
        }

        if (StripSuffixes.Count > 0)
        {
            var suffix = StripSuffixes.FirstOrDefault(s => result.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null)
            {
                return null;
            }

            result = result[..^suffix.Length];
        }

        return result.Length == 0 ? null : result;
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(StripPrefix))
        {
            parts.Add($"strip prefix '{StripPrefix}'");
        }

        if (StripSuffixes.Count > 0)
        {
            parts.Add($"strip suffix {string.Join(" or ", StripSuffixes.Select(s => $"'{s}'"))}");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}

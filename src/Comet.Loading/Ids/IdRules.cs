namespace Comet.Loading.Ids;

/// <summary>
/// How a raw identifier (a file name, a gold-file token) becomes an artifact id. Rules apply in
/// this order: trim, strip one listed extension, strip the prefix, remove whitespace. Immutable;
/// the defaults (all unset) only trim.
/// </summary>
public sealed record IdRules
{
    public static IdRules None { get; } = new();

    /// <summary>Extensions to strip, with the dot, matched case-insensitively (".txt", ".TXT"). Only
    /// listed ones: a generic "strip extension" would cut ids such as <c>SRS5.12.2.1</c>.</summary>
    public IReadOnlyList<string> StripExtensions { get; init; } = [];

    /// <summary>A leading text to remove (ordinal), e.g. a folder name in a gold file.</summary>
    public string? StripPrefix { get; init; }

    /// <summary>Remove every whitespace character (InfusionPump writes <c>R5.4.0 (1)</c> and <c>R5.4.0(1)</c>).</summary>
    public bool RemoveWhitespace { get; init; }

    public string Apply(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var id = raw.Trim();
        foreach (var extension in StripExtensions)
        {
            if (id.Length > extension.Length && id.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                id = id[..^extension.Length];
                break;
            }
        }

        if (!string.IsNullOrEmpty(StripPrefix) && id.StartsWith(StripPrefix, StringComparison.Ordinal))
        {
            id = id[StripPrefix.Length..];
        }

        return RemoveWhitespace ? string.Concat(id.Where(c => !char.IsWhiteSpace(c))) : id;
    }
}

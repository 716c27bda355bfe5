namespace Comet.Preprocessing;

/// <summary>
/// Settings of the shared analysis chain. Defaults follow the independent baselines of
/// docs/evaluation.md: identifiers split, lower case, tokens of 2+ letters, stop words of the task's
/// languages plus Java and C keywords, Snowball stemming per language.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>Natural languages of the text, e.g. ["en"] or ["en", "it"]. Default: English.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>Drop Java and C keywords (true by default: code is full of them and they link nothing).</summary>
    public bool RemoveCodeKeywords { get; init; } = true;

    /// <summary>Stem with the Snowball stemmer of each language, in the order given. Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>Shortest token kept, in characters. Default 2.</summary>
    public int MinTokenLength { get; init; } = 2;

    /// <summary>Languages the chain can handle.</summary>
    public static IReadOnlySet<string> SupportedLanguages { get; } = new HashSet<string>(StringComparer.Ordinal) { "en", "it" };

    /// <summary>Throws <see cref="ArgumentException"/> for an unsupported language or a bad length.</summary>
    public void Validate()
    {
        if (Languages.Count == 0)
        {
            throw new ArgumentException("At least one language is required.");
        }

        foreach (var language in Languages)
        {
            if (!SupportedLanguages.Contains(language))
            {
                throw new ArgumentException($"Unsupported language '{language}' (supported: en, it).");
            }
        }

        if (MinTokenLength < 1)
        {
            throw new ArgumentException("MinTokenLength must be at least 1.");
        }
    }
}

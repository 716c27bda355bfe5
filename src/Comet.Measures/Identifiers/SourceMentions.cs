namespace Comet.Measures.Identifiers;

/// <summary>
/// What a requirement could be naming: every run of 1 to <see cref="TargetNames.MaxWords"/> consecutive
/// words of its text joined without separators, so "patient records" and "patientRecord" both
/// give "patientrecord". Distinct keys in order of first occurrence (a name mentioned twice counts once).
/// </summary>
internal static class SourceMentions
{
    public static IReadOnlyList<string> Of(string text)
    {
        var words = IdentifierParts.Tokens(text).SelectMany(IdentifierParts.Split).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        for (var start = 0; start < words.Length; start++)
        {
            var key = string.Empty;
            for (var length = 1; length <= TargetNames.MaxWords && start + length <= words.Length; length++)
            {
                key += words[start + length - 1];
                if (seen.Add(key))
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }
}

using Comet.Core.Artifacts;
using Comet.Preprocessing;
using Comet.Preprocessing.StopWords;

namespace Comet.Measures.Identifiers;

/// <summary>
/// The names a target offers for a requirement to mention, as match keys (the words of a name joined
/// without separators): every word, other than stop words and code keywords, of the name-like tokens in
/// its text, id and path (the file, folder and package names), and every run of 2 to
/// <see cref="MaxWords"/> consecutive words of a compound name ("getPatientRecord" gives "patientrecord",
/// "getpatient", "getpatientrecord"). Prose targets have few compound names, so for them this is mostly
/// a set of words.
/// </summary>
internal sealed class TargetNames(AnalysisOptions analysis)
{
    /// <summary>Longest phrase matched; longer names are matched by their runs of this many words.</summary>
    public const int MaxWords = 4;

    // Two-letter words in code are mostly abbreviations (id, db, to, ok) that match unrelated prose
    // words; as parts of a compound name they still count.
    private const int MinSingleWordLength = 3;

    private readonly Lucene.Net.Analysis.Util.CharArraySet _stopWords =
        StopWordSets.For(analysis.Languages, includeCodeKeywords: true);

    /// <summary>
    /// Keys of a target's id, path and text (<paramref name="withText"/>), or of its own names alone: id,
    /// path and the types its text declares ("class GUILogin": a design document's id is often a number).
    /// </summary>
    public IReadOnlyList<(string Key, int Words)> Of(Artifact target, bool withText) =>
        Of(string.Join('\n', target.Id, target.OriginPath ?? string.Empty, withText ? target.Text : IdentifierParts.DeclaredTypes(target.Text)));

    /// <summary>Keys of a text with the number of words each stands for, in order of first occurrence.</summary>
    private List<(string Key, int Words)> Of(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<(string, int)>();
        foreach (var token in IdentifierParts.Tokens(text))
        {
            var words = IdentifierParts.Split(token).ToArray();
            foreach (var word in words)
            {
                if (word.Length >= MinSingleWordLength && !_stopWords.Contains(word) && seen.Add(word))
                {
                    keys.Add((word, 1));
                }
            }

            for (var length = 2; length <= Math.Min(MaxWords, words.Length); length++)
            {
                for (var start = 0; start + length <= words.Length; start++)
                {
                    var key = string.Concat(words.Skip(start).Take(length));
                    if (seen.Add(key))
                    {
                        keys.Add((key, length));
                    }
                }
            }
        }

        return keys;
    }
}

using System.Text;

namespace Comet.Measures.Embeddings.Text;

/// <summary>
/// Turns artifact text (prose or code) into the plain words a sentence encoder was trained on:
/// identifiers split like the lexical chain does (camelCase, snake_case, acronym ends, letters vs
/// digits), lower case, accents folded, code punctuation dropped. Unlike the lexical chain it
/// neither stems nor removes stop words: the model reads whole sentences.
/// </summary>
internal static class NaturalText
{
    // Sentence punctuation is kept (glued to the word before it) when prose uses it, i.e. when a
    // word precedes it and white space or the end follows; "a.b" and "x;" in code are dropped.
    private const string SentencePunctuation = ".,;:!?";

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var run = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 0)
            {
                IdentifierParts.Split(run.ToString(), words);
                run.Clear();
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (SentencePunctuation.Contains(c, StringComparison.Ordinal) && char.IsWhiteSpace(next))
                {
                    words[^1] += c;
                }
            }
        }

        return words;
    }
}

namespace Comet.Measures.Embeddings.Text;

/// <summary>
/// Folds accented Latin letters to their base letter ("qualità" -> "qualita"). The MiniLM
/// vocabulary is uncased ASCII-heavy: its tokenizer turns "à" into [UNK], while "qualita" still
/// splits into useful word pieces. A table is used because string.Normalize is a no-op under the
/// repository's InvariantGlobalization setting.
/// </summary>
internal static class LatinFolding
{
    // Index = code point - 0xC0 (Latin-1 Supplement letters U+00C0..U+00FF); '\0' = keep the character.
    private const string Latin1 =
        "AAAAAAACEEEEIIII" + // C0-CF (C6 Æ -> A, close enough for tokens)
        "DNOOOOO\0OUUUUYTs" + // D0-DF (D7 × kept, DE Þ -> T, DF ß -> s)
        "aaaaaaaceeeeiiii" + // E0-EF
        "dnooooo\0ouuuuyty";  // F0-FF (F7 ÷ kept)

    public static char Fold(char c)
    {
        if (c < 0xC0)
        {
            return c;
        }

        if (c <= 0xFF)
        {
            var folded = Latin1[c - 0xC0];
            return folded == '\0' ? c : folded;
        }

        // Latin Extended-A (U+0100..U+017F) pairs upper/lower case; the base letters follow the
        // alphabet closely enough to look them up from this short table.
        if (c <= 0x17F)
        {
            const string ExtendedA =
                "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
            return ExtendedA[c - 0x100];
        }

        return c;
    }
}

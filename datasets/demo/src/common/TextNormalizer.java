package common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns free text into lower-case tokens without accents.
 *
 * <p>Used for both indexing and querying so that "Brontë" and "bronte" meet.
 * Deliberately simple: no stemming, because patrons mostly type exact titles
 * and author surnames, and stemming made ISBN-like tokens collide.
 */
public final class TextNormalizer {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "the", "of", "in", "on", "to", "for", "with", "by");

    private TextNormalizer() {
    }

    /** Lower-cases the text and removes diacritical marks. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Splits folded text on anything that is not a letter or digit and drops stop words. */
    public static List<String> tokens(String text) {
        List<String> result = new ArrayList<>();
        for (String raw : fold(text).split("[^\\p{L}\\p{Nd}]+")) {
            if (!raw.isEmpty() && !STOP_WORDS.contains(raw)) {
                result.add(raw);
            }
        }
        return result;
    }

    /** ISBNs are entered with or without hyphens; keep digits and a trailing X only. */
    public static String compactIsbn(String isbn) {
        return isbn == null ? "" : isbn.replaceAll("[^0-9Xx]", "").toUpperCase(Locale.ROOT);
    }
}

package catalog;

import common.TextNormalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inverted index from normalized tokens to item barcodes.
 *
 * <p>Scanning half a million records per query was far too slow, so every
 * field is tokenized once at write time. Tokens are prefixed with the field
 * name ("title:", "author:", ...) so a field-restricted query is a plain lookup.
 */
public class SearchIndex {

    public enum Field { TITLE, AUTHOR, SUBJECT, ISBN, ANY }

    private final Map<String, Set<String>> postings = new ConcurrentHashMap<>();

    public void index(CatalogItem item) {
        remove(item.getBarcode());
        add(Field.TITLE, item.getTitle(), item.getBarcode());
        item.getAuthors().forEach(a -> add(Field.AUTHOR, a, item.getBarcode()));
        item.getSubjects().forEach(s -> add(Field.SUBJECT, s, item.getBarcode()));
        String isbn = TextNormalizer.compactIsbn(item.getIsbn());
        postings.computeIfAbsent(key(Field.ISBN, isbn), k -> ConcurrentHashMap.newKeySet()).add(item.getBarcode());
        postings.computeIfAbsent(key(Field.ANY, isbn), k -> ConcurrentHashMap.newKeySet()).add(item.getBarcode());
    }

    /** Removes a barcode from all postings; used on update and on withdrawal. */
    public void remove(String barcode) {
        Iterator<Set<String>> it = postings.values().iterator();
        while (it.hasNext()) {
            Set<String> barcodes = it.next();
            barcodes.remove(barcode);
            if (barcodes.isEmpty()) {
                it.remove();
            }
        }
    }

    /** Returns barcodes that contain every query token in the given field (AND semantics). */
    public Set<String> query(Field field, String text) {
        List<String> tokens = field == Field.ISBN
                ? List.of(TextNormalizer.compactIsbn(text))
                : TextNormalizer.tokens(text);
        Set<String> result = null;
        for (String token : tokens) {
            Collection<String> hits = postings.getOrDefault(key(field, token), Set.of());
            if (result == null) {
                result = new HashSet<>(hits);
            } else {
                result.retainAll(hits);
            }
            if (result.isEmpty()) {
                break;
            }
        }
        return result == null ? Set.of() : result;
    }

    private void add(Field field, String text, String barcode) {
        for (String token : TextNormalizer.tokens(text)) {
            postings.computeIfAbsent(key(field, token), k -> ConcurrentHashMap.newKeySet()).add(barcode);
            postings.computeIfAbsent(key(Field.ANY, token), k -> ConcurrentHashMap.newKeySet()).add(barcode);
        }
    }

    private static String key(Field field, String token) {
        return field.name().toLowerCase() + ":" + token;
    }
}

package catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers catalogue queries from the public website and the desk terminals,
 * grouping copies by title and counting how many are on the shelf per branch.
 */
public class CatalogSearchService {

    /** One title in the result list with shelf counts, e.g. {"central": 2, "northside": 0}. */
    public record TitleHit(String isbn, String title, List<String> authors, Map<String, Integer> copiesOnShelfByBranch) {
    }

    public record ResultPage(List<TitleHit> hits, int page, int pageSize, int totalTitles) {
    }

    static final int MAX_PAGE_SIZE = 50;

    private final SearchIndex index;
    private final Map<String, CatalogItem> itemsByBarcode;

    public CatalogSearchService(SearchIndex index, Map<String, CatalogItem> itemsByBarcode) {
        this.index = index;
        this.itemsByBarcode = itemsByBarcode;
    }

    public ResultPage search(String text, SearchIndex.Field field, int page, int pageSize) {
        if (text == null || text.isBlank()) {
            return new ResultPage(List.of(), page, pageSize, 0);
        }
        int size = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
        Set<String> barcodes = index.query(field, text);

        // Group copies by title; LinkedHashMap keeps a stable order before sorting.
        Map<String, List<CatalogItem>> byIsbn = new LinkedHashMap<>();
        for (String barcode : barcodes) {
            CatalogItem item = itemsByBarcode.get(barcode);
            if (item != null && item.isInCirculation()) {
                byIsbn.computeIfAbsent(item.getIsbn(), k -> new ArrayList<>()).add(item);
            }
        }
        List<TitleHit> all = new ArrayList<>();
        for (List<CatalogItem> copies : byIsbn.values()) {
            all.add(toHit(copies));
        }
        all.sort(Comparator.comparing(TitleHit::title, String.CASE_INSENSITIVE_ORDER).thenComparing(TitleHit::isbn));

        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ResultPage(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    private static TitleHit toHit(List<CatalogItem> copies) {
        CatalogItem first = copies.get(0);
        Map<String, Integer> onShelf = new TreeMap<>();
        for (CatalogItem copy : copies) {
            onShelf.merge(copy.getBranchId(), copy.isAvailable() ? 1 : 0, Integer::sum);
        }
        return new TitleHit(first.getIsbn(), first.getTitle(), first.getAuthors(), onShelf);
    }
}

package catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.CatalogItem.Format;
import catalog.CatalogSearchService.ResultPage;
import catalog.CatalogSearchService.TitleHit;
import common.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogSearchServiceTest {

    private final Map<String, CatalogItem> items = new HashMap<>();
    private final SearchIndex index = new SearchIndex();
    private CatalogSearchService service;

    @BeforeEach
    void setUp() {
        add("B1", "978-0-14-143951-8", "Pride and Prejudice", "Jane Austen", "central");
        add("B2", "978-0-14-143951-8", "Pride and Prejudice", "Jane Austen", "northside");
        add("B3", "978-0-14-143955-6", "Jane Eyre", "Charlotte Brontë", "central");
        add("B4", "978-0-19-953556-9", "Emma", "Jane Austen", "central");
        items.get("B2").setStatus(CatalogItem.Status.ON_LOAN);
        service = new CatalogSearchService(index, items);
    }

    private void add(String barcode, String isbn, String title, String author, String branch) {
        CatalogItem item = new CatalogItem(barcode, isbn, title, List.of(author), List.of("Fiction"),
                Format.BOOK, branch, Money.of("9.99"));
        items.put(barcode, item);
        index.index(item);
    }

    @Test
    void search_byAuthor_returnsEachTitleOnce() {
        ResultPage page = service.search("austen", SearchIndex.Field.AUTHOR, 0, 20);

        assertEquals(List.of("Emma", "Pride and Prejudice"), page.hits().stream().map(TitleHit::title).toList());
    }

    @Test
    void search_titleWithCopiesAtTwoBranches_countsShelfCopiesPerBranch() {
        TitleHit hit = service.search("pride prejudice", SearchIndex.Field.TITLE, 0, 20).hits().get(0);

        assertEquals(Map.of("central", 1, "northside", 0), hit.copiesOnShelfByBranch());
    }

    @Test
    void search_withoutAccents_findsAccentedAuthor() {
        ResultPage page = service.search("bronte", SearchIndex.Field.AUTHOR, 0, 20);

        assertEquals("Jane Eyre", page.hits().get(0).title());
    }

    @Test
    void search_isbnWithoutHyphens_findsTitle() {
        ResultPage page = service.search("9780199535569", SearchIndex.Field.ISBN, 0, 20);

        assertEquals("Emma", page.hits().get(0).title());
    }

    @Test
    void search_anyFieldMatchesTitleAndAuthor_returnsAllThree() {
        assertEquals(3, service.search("jane", SearchIndex.Field.ANY, 0, 20).totalTitles());
    }

    @Test
    void search_withdrawnCopy_isHidden() {
        items.get("B4").setStatus(CatalogItem.Status.WITHDRAWN);

        assertTrue(service.search("emma", SearchIndex.Field.TITLE, 0, 20).hits().isEmpty());
    }

    @Test
    void search_secondPage_returnsRemainingTitles() {
        ResultPage page = service.search("jane", SearchIndex.Field.ANY, 1, 2);

        assertEquals(1, page.hits().size());
        assertEquals(3, page.totalTitles());
    }

    @Test
    void search_blankQuery_returnsEmptyPage() {
        assertEquals(0, service.search("   ", SearchIndex.Field.ANY, 0, 20).totalTitles());
    }
}

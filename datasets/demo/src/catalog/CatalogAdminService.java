package catalog;

import auth.AccessPolicy;
import auth.Role.Permission;
import java.util.List;
import java.util.Map;
import member.Member;

/**
 * Write side of the catalogue: staff add copies, fix bibliographic data and
 * take damaged copies out of circulation. The search index is updated in the
 * same call so that changes show up in searches straight away.
 */
public class CatalogAdminService {

    private final Map<String, CatalogItem> itemsByBarcode;
    private final SearchIndex index;
    private final AccessPolicy accessPolicy;

    public CatalogAdminService(Map<String, CatalogItem> itemsByBarcode, SearchIndex index, AccessPolicy accessPolicy) {
        this.itemsByBarcode = itemsByBarcode;
        this.index = index;
        this.accessPolicy = accessPolicy;
    }

    public void addItem(Member actor, CatalogItem item) {
        accessPolicy.require(actor, Permission.EDIT_CATALOG);
        if (itemsByBarcode.putIfAbsent(item.getBarcode(), item) != null) {
            throw new IllegalArgumentException("Barcode already in use: " + item.getBarcode());
        }
        index.index(item);
    }

    /** Applies corrected bibliographic data to every copy of the title. */
    public int correctTitle(Member actor, String isbn, String title, List<String> authors) {
        accessPolicy.require(actor, Permission.EDIT_CATALOG);
        int changed = 0;
        for (CatalogItem item : itemsByBarcode.values()) {
            if (item.getIsbn().equals(isbn)) {
                item.setTitle(title);
                item.setAuthors(authors);
                index.index(item);
                changed++;
            }
        }
        return changed;
    }

    /** Withdrawn copies stay in the table for stock statistics but leave the index. */
    public void withdraw(Member actor, String barcode) {
        accessPolicy.require(actor, Permission.EDIT_CATALOG);
        CatalogItem item = itemsByBarcode.get(barcode);
        if (item == null) {
            throw new IllegalArgumentException("Unknown barcode " + barcode);
        }
        if (item.getStatus() == CatalogItem.Status.ON_LOAN) {
            throw new IllegalStateException("Copy is on loan; check it in first");
        }
        item.setStatus(CatalogItem.Status.WITHDRAWN);
        index.remove(barcode);
    }
}

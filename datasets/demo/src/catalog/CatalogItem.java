package catalog;

import common.Money;
import java.util.List;

/**
 * One physical copy on a shelf, together with the bibliographic data of its
 * title. Copies of the same title share an ISBN but have their own barcode.
 */
public class CatalogItem {

    public enum Format { BOOK, DVD, MAGAZINE, AUDIOBOOK }

    public enum Status { AVAILABLE, ON_LOAN, ON_HOLD_SHELF, IN_REPAIR, WITHDRAWN, LOST }

    private final String barcode;
    private String isbn;
    private String title;
    private List<String> authors;
    private List<String> subjects;
    private Format format;
    private String branchId;
    private Status status = Status.AVAILABLE;
    private Money replacementPrice;

    public CatalogItem(String barcode, String isbn, String title, List<String> authors,
                       List<String> subjects, Format format, String branchId, Money replacementPrice) {
        this.barcode = barcode;
        this.isbn = isbn;
        this.title = title;
        this.authors = List.copyOf(authors);
        this.subjects = List.copyOf(subjects);
        this.format = format;
        this.branchId = branchId;
        this.replacementPrice = replacementPrice;
    }

    public String getBarcode() { return barcode; }

    public String getIsbn() { return isbn; }

    public void setIsbn(String isbn) { this.isbn = isbn; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public List<String> getAuthors() { return authors; }

    public void setAuthors(List<String> authors) { this.authors = List.copyOf(authors); }

    public List<String> getSubjects() { return subjects; }

    public void setSubjects(List<String> subjects) { this.subjects = List.copyOf(subjects); }

    public Format getFormat() { return format; }

    public void setFormat(Format format) { this.format = format; }

    public String getBranchId() { return branchId; }

    public void setBranchId(String branchId) { this.branchId = branchId; }

    public Status getStatus() { return status; }

    public void setStatus(Status status) { this.status = status; }

    public Money getReplacementPrice() { return replacementPrice; }

    public void setReplacementPrice(Money replacementPrice) { this.replacementPrice = replacementPrice; }

    /** Only copies sitting on the open shelf can be issued at the desk. */
    public boolean isAvailable() {
        return status == Status.AVAILABLE;
    }

    /** Withdrawn and lost copies stay in the database for statistics but are hidden from patrons. */
    public boolean isInCirculation() {
        return status != Status.WITHDRAWN && status != Status.LOST;
    }
}

package reservation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's place in the queue for a title. Holds are placed on the title
 * (ISBN), not on a copy: whichever copy comes back first is assigned.
 */
public class Hold {

    public enum Status { WAITING, READY, COLLECTED, EXPIRED, CANCELLED }

    private final String id;
    private final String memberId;
    private final String isbn;
    private final String pickupBranchId;
    private final Instant placedAt;
    private Status status = Status.WAITING;
    private String assignedBarcode;
    private LocalDate readySince;

    public Hold(String id, String memberId, String isbn, String pickupBranchId, Instant placedAt) {
        this.id = id;
        this.memberId = memberId;
        this.isbn = isbn;
        this.pickupBranchId = pickupBranchId;
        this.placedAt = placedAt;
    }

    public String getId() { return id; }

    public String getMemberId() { return memberId; }

    public String getIsbn() { return isbn; }

    public String getPickupBranchId() { return pickupBranchId; }

    public Instant getPlacedAt() { return placedAt; }

    public Status getStatus() { return status; }

    public String getAssignedBarcode() { return assignedBarcode; }

    public LocalDate getReadySince() { return readySince; }

    /** Counts towards the per-member limit while waiting or lying on the pick-up shelf. */
    public boolean isActive() {
        return status == Status.WAITING || status == Status.READY;
    }

    void assign(String barcode, LocalDate date) {
        this.assignedBarcode = barcode;
        this.readySince = date;
        this.status = Status.READY;
    }

    void collect() {
        this.status = Status.COLLECTED;
    }

    void expire() {
        this.status = Status.EXPIRED;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }
}

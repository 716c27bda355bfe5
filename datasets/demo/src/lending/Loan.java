package lending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A copy lent to a member. A loan stays in the table after the copy comes
 * back; {@code returnedOn} is then set and the loan is closed.
 */
public class Loan {

    public enum Status { ACTIVE, RETURNED, LOST }

    private final String id;
    private final String barcode;
    private final String memberId;
    private final String branchId;
    private final LocalDate checkedOutOn;
    private LocalDate dueOn;
    private LocalDate returnedOn;
    private int renewalCount;
    private Status status = Status.ACTIVE;

    public Loan(String id, String barcode, String memberId, String branchId, LocalDate checkedOutOn, LocalDate dueOn) {
        this.id = id;
        this.barcode = barcode;
        this.memberId = memberId;
        this.branchId = branchId;
        this.checkedOutOn = checkedOutOn;
        this.dueOn = dueOn;
    }

    public String getId() { return id; }

    public String getBarcode() { return barcode; }

    public String getMemberId() { return memberId; }

    public String getBranchId() { return branchId; }

    public LocalDate getCheckedOutOn() { return checkedOutOn; }

    public LocalDate getDueOn() { return dueOn; }

    public LocalDate getReturnedOn() { return returnedOn; }

    public int getRenewalCount() { return renewalCount; }

    public Status getStatus() { return status; }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    /** Days past the due date on {@code date}; zero when not late. */
    public long daysOverdue(LocalDate date) {
        return date.isAfter(dueOn) ? ChronoUnit.DAYS.between(dueOn, date) : 0;
    }

    void extendTo(LocalDate newDueDate) {
        this.dueOn = newDueDate;
        this.renewalCount++;
    }

    void close(LocalDate date) {
        this.returnedOn = date;
        this.status = Status.RETURNED;
    }

    void markLost(LocalDate date) {
        this.returnedOn = date;
        this.status = Status.LOST;
    }
}

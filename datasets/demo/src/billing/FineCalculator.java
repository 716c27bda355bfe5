package billing;

import catalog.CatalogItem;
import common.BusinessCalendar;
import common.Money;
import java.time.LocalDate;
import lending.Loan;

/**
 * Works out late-return fines and lost-item charges.
 *
 * <p>Fines are counted in opening days of the branch that issued the item:
 * a member cannot return anything while the branch is closed, so those days
 * are free.
 */
public class FineCalculator {

    static final Money DAILY_RATE = Money.of("0.25");
    static final Money LOST_ITEM_PROCESSING_FEE = Money.of("5.00");

    private final BusinessCalendar calendar;

    public FineCalculator(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Fine for returning {@code item} on {@code returnDate}. Never more than
     * the replacement price: past that point the member might as well have lost it.
     */
    public Money lateFine(Loan loan, CatalogItem item, LocalDate returnDate) {
        if (!returnDate.isAfter(loan.getDueOn())) {
            return Money.ZERO;
        }
        int chargeableDays = calendar.openDaysBetween(loan.getBranchId(), loan.getDueOn(), returnDate);
        Money fine = DAILY_RATE.times(chargeableDays);
        Money cap = item.getReplacementPrice() == null ? fine : item.getReplacementPrice();
        return fine.min(cap);
    }

    /** Replacement price plus a fixed fee for ordering and cataloguing a new copy. */
    public Money lostItemCharge(CatalogItem item) {
        Money price = item.getReplacementPrice() == null ? Money.ZERO : item.getReplacementPrice();
        return price.plus(LOST_ITEM_PROCESSING_FEE);
    }
}

package lending;

import catalog.CatalogItem.Format;
import common.BusinessCalendar;
import java.time.LocalDate;

/**
 * Decides how long an item may be kept and how often a loan may be extended.
 *
 * <p>Periods follow the lending rules adopted by the library board in 2021.
 * A due date never falls on a closed day, since patrons could not bring the
 * item back on time through no fault of their own.
 */
public class DueDatePolicy {

    public static final int MAX_RENEWALS = 2;

    private final BusinessCalendar calendar;

    public DueDatePolicy(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** Number of calendar days a format may be borrowed. */
    public int loanPeriodDays(Format format) {
        return switch (format) {
            case BOOK, AUDIOBOOK -> 21;
            case DVD, MAGAZINE -> 7;
        };
    }

    /** The due date for an item issued or renewed at {@code branchId} on {@code start}. */
    public LocalDate dueDate(String branchId, Format format, LocalDate start) {
        LocalDate raw = start.plusDays(loanPeriodDays(format));
        return calendar.nextOpeningDay(branchId, raw);
    }

    public boolean canRenew(Loan loan) {
        return loan.isActive() && loan.getRenewalCount() < MAX_RENEWALS;
    }
}

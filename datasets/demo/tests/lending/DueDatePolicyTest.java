package lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.CatalogItem.Format;
import common.BusinessCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DueDatePolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2024, 3, 29);

    private DueDatePolicy policy;

    @BeforeEach
    void setUp() {
        BusinessCalendar calendar = new BusinessCalendar();
        calendar.addClosure("central", GOOD_FRIDAY);
        policy = new DueDatePolicy(calendar);
    }

    @Test
    void dueDate_book_is21DaysLater() {
        assertEquals(LocalDate.of(2024, 3, 25), policy.dueDate("central", Format.BOOK, MONDAY));
    }

    @Test
    void dueDate_dvd_is7DaysLater() {
        assertEquals(LocalDate.of(2024, 3, 11), policy.dueDate("central", Format.DVD, MONDAY));
    }

    @Test
    void dueDate_magazine_sameAsDvd() {
        assertEquals(policy.loanPeriodDays(Format.DVD), policy.loanPeriodDays(Format.MAGAZINE));
    }

    @Test
    void dueDate_fallsOnSunday_movesToMonday() {
        LocalDate sunday = LocalDate.of(2024, 3, 3);

        assertEquals(LocalDate.of(2024, 3, 11), policy.dueDate("central", Format.DVD, sunday));
    }

    @Test
    void dueDate_fallsOnBankHoliday_movesToNextOpenDay() {
        LocalDate friday = LocalDate.of(2024, 3, 8);

        assertEquals(LocalDate.of(2024, 3, 30), policy.dueDate("central", Format.BOOK, friday));
    }

    @Test
    void dueDate_closureAtOtherBranch_isIgnored() {
        LocalDate friday = LocalDate.of(2024, 3, 8);

        assertEquals(GOOD_FRIDAY, policy.dueDate("northside", Format.BOOK, friday));
    }

    @Test
    void canRenew_twoRenewalsUsed_isFalse() {
        Loan loan = new Loan("l-1", "B100", "m-1", "central", MONDAY, MONDAY.plusDays(21));
        assertTrue(policy.canRenew(loan));

        loan.extendTo(MONDAY.plusDays(28));
        loan.extendTo(MONDAY.plusDays(35));

        assertFalse(policy.canRenew(loan));
    }
}

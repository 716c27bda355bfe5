package billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import catalog.CatalogItem;
import catalog.CatalogItem.Format;
import common.BusinessCalendar;
import common.Money;
import java.time.LocalDate;
import java.util.List;
import lending.Loan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FineCalculatorTest {

    private static final LocalDate DUE = LocalDate.of(2024, 3, 25);

    private BusinessCalendar calendar;
    private FineCalculator calculator;
    private Loan loan;
    private CatalogItem book;

    @BeforeEach
    void setUp() {
        calendar = new BusinessCalendar();
        calculator = new FineCalculator(calendar);
        loan = new Loan("l-1", "B100", "m-1", "central", DUE.minusDays(21), DUE);
        book = new CatalogItem("B100", "978-0-14-143951-8", "Pride and Prejudice", List.of("Jane Austen"),
                List.of("Fiction"), Format.BOOK, "central", Money.of("12.99"));
    }

    @Test
    void lateFine_returnedOnDueDate_isZero() {
        assertEquals(Money.ZERO, calculator.lateFine(loan, book, DUE));
    }

    @Test
    void lateFine_oneWeekLate_chargesOnlyOpenDays() {
        // 26 Mar .. 1 Apr 2024 contains one Sunday.
        assertEquals(Money.of("1.50"), calculator.lateFine(loan, book, LocalDate.of(2024, 4, 1)));
    }

    @Test
    void lateFine_bankHolidayInPeriod_isNotCharged() {
        calendar.addClosure("central", LocalDate.of(2024, 3, 29));

        assertEquals(Money.of("1.25"), calculator.lateFine(loan, book, LocalDate.of(2024, 4, 1)));
    }

    @Test
    void lateFine_veryLate_cappedAtReplacementPrice() {
        assertEquals(Money.of("12.99"), calculator.lateFine(loan, book, DUE.plusDays(200)));
    }

    @Test
    void lostItemCharge_addsProcessingFee() {
        assertEquals(Money.of("17.99"), calculator.lostItemCharge(book));
    }

    @Test
    void lostItemCharge_unknownPrice_chargesFeeOnly() {
        book.setReplacementPrice(null);

        assertEquals(Money.of("5.00"), calculator.lostItemCharge(book));
    }
}

package lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import audit.AuditLog;
import billing.FineCalculator;
import billing.MemberAccount;
import catalog.CatalogItem;
import catalog.CatalogItem.Format;
import common.BusinessCalendar;
import common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lending.LoanService.LoanRefusedException;
import member.Member;
import member.MemberRepository;
import notification.EmailSender;
import notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reservation.HoldService;

class LoanServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);

    private final Map<String, CatalogItem> items = new HashMap<>();
    private final Map<String, MemberAccount> accounts = new HashMap<>();
    private final LoanRepository loans = new LoanRepository();
    private final BusinessCalendar calendar = new BusinessCalendar();
    private final MemberRepository members = new MemberRepository();
    private AuditLog auditLog;
    private HoldService holdService;
    private Member ada;
    private Member alan;

    @BeforeEach
    void setUp() {
        items.put("B100", new CatalogItem("B100", "978-0-14-143951-8", "Pride and Prejudice", List.of("Jane Austen"),
                List.of("Fiction"), Format.BOOK, "central", Money.of("12.99")));
        ada = member("m-1", "2100001");
        alan = member("m-2", "2100002");
        auditLog = new AuditLog(clockOn(MONDAY));
        EmailSender quietSender = new EmailSender("localhost", 25, "noreply@library.example") {
            @Override
            public boolean send(OutgoingMail mail) {
                return true;
            }
        };
        holdService = new HoldService(items, new NotificationService(members, quietSender), clockOn(MONDAY));
    }

    private Member member(String id, String card) {
        Member m = new Member(id, card, LocalDate.of(2023, 1, 1));
        m.setEmail(id + "@example.org");
        members.save(m);
        return m;
    }

    private static Clock clockOn(LocalDate date) {
        return Clock.fixed(date.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private LoanService serviceOn(LocalDate date) {
        return new LoanService(loans, items, accounts, new DueDatePolicy(calendar), new FineCalculator(calendar),
                holdService, auditLog, clockOn(date));
    }

    @Test
    void checkout_availableBook_dueIn21DaysAndCopyOnLoan() {
        Loan loan = serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");

        assertEquals(LocalDate.of(2024, 3, 25), loan.getDueOn());
        assertEquals(CatalogItem.Status.ON_LOAN, items.get("B100").getStatus());
        assertEquals("LOAN_ISSUED", auditLog.entriesFor("B100").get(0).action());
    }

    @Test
    void checkout_unpaidBalanceOver10Euros_isRefusedWithReason() {
        accounts.computeIfAbsent("m-1", MemberAccount::new).addCharge("Lost item", Money.of("10.50"));

        LoanRefusedException e = assertThrows(LoanRefusedException.class,
                () -> serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1"));
        assertEquals("Unpaid balance of 10.50 EUR exceeds 10.00 EUR", e.getMessage());
    }

    @Test
    void checkout_memberHasItemMoreThan30DaysOverdue_isRefused() {
        loans.save(new Loan("old", "B999", "m-1", "central", MONDAY.minusDays(60), MONDAY.minusDays(31)));

        assertThrows(LoanRefusedException.class, () -> serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1"));
    }

    @Test
    void renew_titleReservedByAnotherMember_isRefused() {
        Loan loan = serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");
        holdService.placeHold("m-2", "978-0-14-143951-8", "central");

        assertThrows(LoanRefusedException.class, () -> serviceOn(MONDAY.plusDays(10)).renew(loan.getId(), "m-1"));
    }

    @Test
    void renew_countsFullPeriodFromRenewalDay() {
        Loan loan = serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");

        Loan renewed = serviceOn(LocalDate.of(2024, 3, 20)).renew(loan.getId(), "m-1");

        assertEquals(LocalDate.of(2024, 4, 10), renewed.getDueOn());
    }

    @Test
    void checkIn_sixOpenDaysLate_chargesOneFiftyFine() {
        serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");

        Money fine = serviceOn(LocalDate.of(2024, 4, 1)).checkIn("B100", "central", "staff-2");

        assertEquals(Money.of("1.50"), fine);
        assertEquals(Money.of("1.50"), accounts.get("m-1").balance());
    }

    @Test
    void checkIn_titleReserved_copyGoesToHoldShelfForNextMember() {
        serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");
        holdService.placeHold(alan.getId(), "978-0-14-143951-8", "central");

        serviceOn(MONDAY.plusDays(7)).checkIn("B100", "central", "staff-2");

        assertEquals(CatalogItem.Status.ON_HOLD_SHELF, items.get("B100").getStatus());
    }

    @Test
    void reportLost_chargesReplacementPriceAndFee() {
        Loan loan = serviceOn(MONDAY).checkout("B100", ada, "central", "staff-1");

        Money charge = serviceOn(MONDAY.plusDays(5)).reportLost(loan.getId(), "staff-1");

        assertEquals(Money.of("17.99"), charge);
        assertEquals(CatalogItem.Status.LOST, items.get("B100").getStatus());
    }
}

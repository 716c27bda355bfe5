package notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.CatalogItem;
import catalog.CatalogItem.Format;
import common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lending.Loan;
import lending.LoanRepository;
import member.Member;
import member.MemberRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverdueReminderJobTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 15);

    private final List<EmailSender.OutgoingMail> sent = new ArrayList<>();
    private final LoanRepository loans = new LoanRepository();
    private OverdueReminderJob job;

    @BeforeEach
    void setUp() {
        MemberRepository members = new MemberRepository();
        Member ada = new Member("m-1", "2100001", LocalDate.of(2023, 1, 1));
        ada.setFullName("Ada Lovelace");
        ada.setEmail("ada@example.org");
        members.save(ada);
        Map<String, CatalogItem> items = Map.of(
                "B1", book("B1", "Emma"),
                "B2", book("B2", "Persuasion"));
        EmailSender recordingSender = new EmailSender("localhost", 25, "noreply@library.example") {
            @Override
            public boolean send(OutgoingMail mail) {
                return sent.add(mail);
            }
        };
        Clock clock = Clock.fixed(TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        job = new OverdueReminderJob(loans, items, new NotificationService(members, recordingSender), clock);
    }

    private static CatalogItem book(String barcode, String title) {
        return new CatalogItem(barcode, "isbn-" + barcode, title, List.of("Jane Austen"), List.of("Fiction"),
                Format.BOOK, "central", Money.of("8.99"));
    }

    private void lend(String barcode, LocalDate dueOn) {
        loans.save(new Loan("l-" + barcode, barcode, "m-1", "central", dueOn.minusDays(21), dueOn));
    }

    @Test
    void run_itemOneDayLate_sendsFirstReminder() {
        lend("B1", TODAY.minusDays(1));

        assertEquals(1, job.run());
        assertEquals("Reminder: overdue library items", sent.get(0).subject());
    }

    @Test
    void run_item14DaysLate_sendsFinalReminder() {
        lend("B1", TODAY.minusDays(14));

        job.run();

        assertEquals("Final reminder: overdue library items", sent.get(0).subject());
    }

    @Test
    void run_itemFiveDaysLate_sendsNothing() {
        lend("B1", TODAY.minusDays(5));

        assertEquals(0, job.run());
        assertTrue(sent.isEmpty());
    }

    @Test
    void run_twoLateItemsSameMember_sendsOneMailListingBoth() {
        lend("B1", TODAY.minusDays(1));
        lend("B2", TODAY.minusDays(1));

        assertEquals(1, job.run());
        assertTrue(sent.get(0).body().contains("Emma"));
        assertTrue(sent.get(0).body().contains("Persuasion"));
    }

    @Test
    void run_itemNotYetDue_sendsNothing() {
        lend("B1", TODAY);

        assertEquals(0, job.run());
    }
}

package reservation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import catalog.CatalogItem;
import catalog.CatalogItem.Format;
import common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import member.Member;
import member.MemberRepository;
import notification.EmailSender;
import notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HoldServiceTest {

    private static final String ISBN = "978-0-14-143951-8";
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 4);

    private final Map<String, CatalogItem> items = new HashMap<>();
    private final List<EmailSender.OutgoingMail> sentMails = new ArrayList<>();
    private HoldService service;
    private CatalogItem copy;

    @BeforeEach
    void setUp() {
        copy = new CatalogItem("B100", ISBN, "Pride and Prejudice", List.of("Jane Austen"), List.of("Fiction"),
                Format.BOOK, "central", Money.of("12.99"));
        copy.setStatus(CatalogItem.Status.ON_LOAN);
        items.put("B100", copy);
        MemberRepository members = new MemberRepository();
        for (String id : List.of("m-1", "m-2")) {
            Member m = new Member(id, "210000" + id.charAt(2), TODAY);
            m.setFullName("Reader " + id);
            m.setEmail(id + "@example.org");
            members.save(m);
        }
        EmailSender recordingSender = new EmailSender("localhost", 25, "noreply@library.example") {
            @Override
            public boolean send(OutgoingMail mail) {
                return sentMails.add(mail);
            }
        };
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service = new HoldService(items, new NotificationService(members, recordingSender), clock);
    }

    @Test
    void placeHold_copyOnShelf_isRejected() {
        copy.setStatus(CatalogItem.Status.AVAILABLE);

        assertThrows(IllegalStateException.class, () -> service.placeHold("m-1", ISBN, "central"));
    }

    @Test
    void placeHold_eleventhHold_isRejected() {
        for (int i = 0; i < 10; i++) {
            service.placeHold("m-1", ISBN, "central");
        }

        assertThrows(IllegalStateException.class, () -> service.placeHold("m-1", ISBN, "central"));
    }

    @Test
    void assignReturnedCopy_twoWaiting_firstPlacedGetsCopyAndEmail() {
        service.placeHold("m-1", ISBN, "northside");
        service.placeHold("m-2", ISBN, "central");

        assertTrue(service.assignReturnedCopy(copy, "central"));

        assertTrue(service.isReadyFor("B100", "m-1"));
        assertFalse(service.isReadyFor("B100", "m-2"));
        assertEquals("m-1@example.org", sentMails.get(0).to());
    }

    @Test
    void assignReturnedCopy_nobodyWaiting_returnsFalseAndSendsNothing() {
        assertFalse(service.assignReturnedCopy(copy, "central"));
        assertTrue(sentMails.isEmpty());
    }

    @Test
    void expireUncollected_afterFiveDays_offersCopyToNextMember() {
        service.placeHold("m-1", ISBN, "central");
        service.placeHold("m-2", ISBN, "central");
        service.assignReturnedCopy(copy, "central");

        int expired = service.expireUncollected(TODAY.plusDays(6));

        assertEquals(1, expired);
        assertTrue(service.isReadyFor("B100", "m-2"));
        assertEquals(2, sentMails.size());
    }

    @Test
    void expireUncollected_withinFiveDays_keepsHold() {
        service.placeHold("m-1", ISBN, "central");
        service.assignReturnedCopy(copy, "central");

        assertEquals(0, service.expireUncollected(TODAY.plusDays(5)));
        assertTrue(service.isReadyFor("B100", "m-1"));
    }
}

package member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audit.AuditLog;
import auth.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-03-04T10:00:00Z"), ZoneOffset.UTC);
    private MemberRepository repository;
    private AuditLog auditLog;
    private MemberService service;

    @BeforeEach
    void setUp() {
        repository = new MemberRepository();
        auditLog = new AuditLog(clock);
        service = new MemberService(repository, new PasswordHasher(1_000), auditLog, clock);
    }

    @Test
    void register_validDetails_storesMemberWithCardNumber() {
        Member member = service.register("Ada Lovelace", "ada@example.org", "1 Mill Lane", "central", "s3cret-pass");

        assertEquals("Ada Lovelace", member.getFullName());
        assertEquals(LocalDate.of(2024, 3, 4), member.getRegisteredOn());
        assertTrue(repository.findByCardNumber(member.getCardNumber()).isPresent());
    }

    @Test
    void register_twoMembers_getDifferentCardNumbers() {
        Member first = service.register("Ada Lovelace", "ada@example.org", "1 Mill Lane", "central", "s3cret-pass");
        Member second = service.register("Alan Turing", "alan@example.org", "2 Mill Lane", "central", "s3cret-pass");

        assertNotEquals(first.getCardNumber(), second.getCardNumber());
    }

    @Test
    void register_emailAlreadyUsedWithOtherCase_isRejected() {
        service.register("Ada Lovelace", "ada@example.org", "1 Mill Lane", "central", "s3cret-pass");

        assertThrows(IllegalArgumentException.class,
                () -> service.register("A. Lovelace", "ADA@example.org", "3 Mill Lane", "northside", "other-pass"));
        assertEquals(1, repository.count());
    }

    @Test
    void register_malformedEmail_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> service.register("Ada Lovelace", "ada.example.org", "1 Mill Lane", "central", "s3cret-pass"));
    }

    @Test
    void register_passwordIsNotStoredInClearText() {
        Member member = service.register("Ada Lovelace", "ada@example.org", "1 Mill Lane", "central", "s3cret-pass");

        assertNotEquals("s3cret-pass", member.getPasswordHash());
    }

    @Test
    void updateContactDetails_byStaff_writesAuditEntry() {
        Member member = service.register("Ada Lovelace", "ada@example.org", "1 Mill Lane", "central", "s3cret-pass");

        service.updateContactDetails(member.getId(), null, "5 Harbour Road", "staff-7");

        assertEquals("5 Harbour Road", repository.findById(member.getId()).orElseThrow().getPostalAddress());
        assertEquals("staff-7", auditLog.entriesFor(member.getId()).get(0).actorId());
    }
}

package audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-03-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void append_entriesAreChainedByHash() {
        AuditLog log = new AuditLog(clock);

        AuditLog.Entry first = log.append("LOAN_ISSUED", "staff-1", "B100", "member=m-1");
        AuditLog.Entry second = log.append("LOAN_RETURNED", "staff-2", "B100", "fine=0.00 EUR");

        assertEquals(first.hash(), second.previousHash());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    void verify_untouchedLog_isTrue() {
        AuditLog log = new AuditLog(clock);
        log.append("LOAN_ISSUED", "staff-1", "B100", "member=m-1");
        log.append("CHARGE_WAIVED", "staff-1", "m-1", "charge=1");

        assertTrue(log.verify());
    }

    @Test
    @SuppressWarnings("unchecked")
    void verify_entryEditedAfterwards_isFalse() throws Exception {
        AuditLog log = new AuditLog(clock);
        log.append("LOAN_ISSUED", "staff-1", "B100", "member=m-1");
        log.append("CHARGE_WAIVED", "staff-1", "m-1", "charge=1");
        // Simulate someone editing the stored record directly.
        Field field = AuditLog.class.getDeclaredField("entries");
        field.setAccessible(true);
        List<AuditLog.Entry> entries = (List<AuditLog.Entry>) field.get(log);
        AuditLog.Entry e = entries.get(1);
        entries.set(1, new AuditLog.Entry(e.sequence(), e.at(), e.action(), "staff-9", e.subject(), e.details(),
                e.previousHash(), e.hash()));

        assertFalse(log.verify());
    }

    @Test
    void purgeBefore_keepsEntriesYoungerThanSevenYears() {
        AuditLog log = new AuditLog(clock);
        log.append("MEMBER_UPDATED", "staff-1", "m-1", "contact details changed");

        assertEquals(0, log.purgeBefore(Instant.parse("2031-03-01T00:00:00Z")));
        assertEquals(1, log.purgeBefore(Instant.parse("2031-03-10T00:00:00Z")));
    }

    @Test
    void entriesFor_returnsOnlyMatchingSubject() {
        AuditLog log = new AuditLog(clock);
        log.append("LOAN_ISSUED", "staff-1", "B100", "member=m-1");
        log.append("LOAN_ISSUED", "staff-1", "B200", "member=m-2");

        assertEquals(1, log.entriesFor("B200").size());
    }
}

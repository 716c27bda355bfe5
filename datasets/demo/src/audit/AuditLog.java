package audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Append-only record of who did what.
 *
 * <p>Each entry stores the SHA-256 of the previous entry, forming a chain:
 * editing or deleting an old entry breaks every hash after it, which
 * {@link #verify()} detects. Entries are kept for seven years (council records
 * policy); {@link #purgeBefore(Instant)} is the only way to drop them.
 */
public class AuditLog {

    public static final Duration RETENTION = Duration.ofDays(7 * 365 + 2);

    public record Entry(long sequence, Instant at, String action, String actorId, String subject,
                        String details, String previousHash, String hash) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public synchronized Entry append(String action, String actorId, String subject, String details) {
        String previousHash = entries.isEmpty() ? "GENESIS" : entries.get(entries.size() - 1).hash();
        long sequence = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        Instant at = clock.instant();
        String hash = sha256(sequence + "|" + at + "|" + action + "|" + actorId + "|" + subject + "|"
                + details + "|" + previousHash);
        Entry entry = new Entry(sequence, at, action, actorId, subject, details, previousHash, hash);
        entries.add(entry);
        return entry;
    }

    /** Returns true when no entry has been altered since it was written. */
    public synchronized boolean verify() {
        String expectedPrevious = entries.isEmpty() ? null : entries.get(0).previousHash();
        for (Entry e : entries) {
            String recomputed = sha256(e.sequence() + "|" + e.at() + "|" + e.action() + "|" + e.actorId()
                    + "|" + e.subject() + "|" + e.details() + "|" + e.previousHash());
            if (!recomputed.equals(e.hash()) || !e.previousHash().equals(expectedPrevious)) {
                return false;
            }
            expectedPrevious = e.hash();
        }
        return true;
    }

    /** Drops entries older than the retention period; the first kept entry anchors the chain. */
    public synchronized int purgeBefore(Instant now) {
        Instant cutoff = now.minus(RETENTION);
        int before = entries.size();
        entries.removeIf(e -> e.at().isBefore(cutoff));
        return before - entries.size();
    }

    public synchronized List<Entry> entriesFor(String subject) {
        return entries.stream().filter(e -> e.subject().equals(subject)).toList();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

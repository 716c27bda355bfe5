package auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts consecutive failed logins per account and locks the account for a
 * while once the limit is reached, to slow down password guessing.
 */
public class LoginAttemptTracker {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private record Attempts(int failures, Instant lockedUntil) {
    }

    private final Map<String, Attempts> attemptsByAccount = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttemptTracker(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String account) {
        Attempts a = attemptsByAccount.get(key(account));
        return a != null && a.lockedUntil() != null && clock.instant().isBefore(a.lockedUntil());
    }

    public void recordFailure(String account) {
        attemptsByAccount.compute(key(account), (k, previous) -> {
            int failures = previous == null ? 1 : previous.failures() + 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? clock.instant().plus(LOCK_DURATION) : null;
            // After a lock expires the counter starts again from zero.
            return new Attempts(failures >= MAX_FAILURES ? 0 : failures, lockedUntil);
        });
    }

    public void recordSuccess(String account) {
        attemptsByAccount.remove(key(account));
    }

    private static String key(String account) {
        return account.trim().toLowerCase(Locale.ROOT);
    }
}

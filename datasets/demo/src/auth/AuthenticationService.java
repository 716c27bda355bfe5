package auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import member.Member;
import member.MemberRepository;

/**
 * Logs members in with e-mail and password and manages their session tokens.
 */
public class AuthenticationService {

    /** Idle timeout; every validated request slides the expiry forward. */
    static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);

    private record Session(String memberId, Instant lastSeen) {
    }

    public static class LoginFailedException extends RuntimeException {
        public LoginFailedException(String message) {
            super(message);
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final MemberRepository members;
    private final PasswordHasher passwordHasher;
    private final LoginAttemptTracker attemptTracker;
    private final Clock clock;

    public AuthenticationService(MemberRepository members, PasswordHasher passwordHasher,
                                 LoginAttemptTracker attemptTracker, Clock clock) {
        this.members = members;
        this.passwordHasher = passwordHasher;
        this.attemptTracker = attemptTracker;
        this.clock = clock;
    }

    /** Returns a new opaque session token, or throws when the credentials are not accepted. */
    public String login(String email, String password) {
        if (attemptTracker.isLocked(email)) {
            throw new LoginFailedException("Account temporarily locked");
        }
        Optional<Member> member = members.findByEmail(email);
        boolean ok = member.isPresent() && member.get().isActive()
                && passwordHasher.verify(password, member.get().getPasswordHash());
        if (!ok) {
            attemptTracker.recordFailure(email);
            // Same message for unknown e-mail and wrong password, to avoid account enumeration.
            throw new LoginFailedException("Invalid e-mail or password");
        }
        attemptTracker.recordSuccess(email);
        String token = newToken();
        sessions.put(token, new Session(member.get().getId(), clock.instant()));
        return token;
    }

    /** Resolves a token to the member id, refreshing the idle timer. */
    public Optional<String> authenticate(String token) {
        Session session = token == null ? null : sessions.get(token);
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(session.lastSeen().plus(SESSION_IDLE_TIMEOUT))) {
            sessions.remove(token);
            return Optional.empty();
        }
        sessions.put(token, new Session(session.memberId(), now));
        return Optional.of(session.memberId());
    }

    public void logout(String token) {
        sessions.remove(token);
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

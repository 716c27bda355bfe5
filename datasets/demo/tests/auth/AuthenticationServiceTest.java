package auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import auth.AuthenticationService.LoginFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import member.Member;
import member.MemberRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {

    /** A clock the test can move forward, to exercise lockouts and idle timeouts. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2024-05-06T09:00:00Z");

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    private final MovableClock clock = new MovableClock();
    private AuthenticationService service;

    @BeforeEach
    void setUp() {
        MemberRepository members = new MemberRepository();
        PasswordHasher hasher = new PasswordHasher(1_000);
        Member ada = new Member("m-1", "2100001", LocalDate.of(2023, 1, 1));
        ada.setEmail("ada@example.org");
        ada.setPasswordHash(hasher.hash("s3cret-pass"));
        members.save(ada);
        service = new AuthenticationService(members, hasher, new LoginAttemptTracker(clock), clock);
    }

    @Test
    void login_correctPassword_returnsTokenForMember() {
        String token = service.login("ada@example.org", "s3cret-pass");

        assertEquals("m-1", service.authenticate(token).orElseThrow());
    }

    @Test
    void login_wrongPassword_throwsGenericMessage() {
        LoginFailedException e = assertThrows(LoginFailedException.class,
                () -> service.login("ada@example.org", "wrong-pass"));

        assertEquals("Invalid e-mail or password", e.getMessage());
    }

    @Test
    void login_fiveFailures_locksAccountEvenForCorrectPassword() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailedException.class, () -> service.login("ada@example.org", "wrong-pass"));
        }

        LoginFailedException e = assertThrows(LoginFailedException.class,
                () -> service.login("ada@example.org", "s3cret-pass"));
        assertEquals("Account temporarily locked", e.getMessage());
    }

    @Test
    void login_after15MinuteLock_succeeds() {
        for (int i = 0; i < 5; i++) {
            assertThrows(LoginFailedException.class, () -> service.login("ada@example.org", "wrong-pass"));
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        String token = service.login("ada@example.org", "s3cret-pass");

        assertTrue(service.authenticate(token).isPresent());
    }

    @Test
    void authenticate_idleFor31Minutes_sessionExpired() {
        String token = service.login("ada@example.org", "s3cret-pass");
        clock.advance(Duration.ofMinutes(31));

        assertTrue(service.authenticate(token).isEmpty());
    }

    @Test
    void authenticate_activeEvery20Minutes_sessionKeptAlive() {
        String token = service.login("ada@example.org", "s3cret-pass");
        clock.advance(Duration.ofMinutes(20));
        service.authenticate(token);
        clock.advance(Duration.ofMinutes(20));

        assertEquals("m-1", service.authenticate(token).orElseThrow());
    }

    @Test
    void logout_tokenNoLongerAuthenticates() {
        String token = service.login("ada@example.org", "s3cret-pass");

        service.logout(token);

        assertTrue(service.authenticate(token).isEmpty());
    }
}

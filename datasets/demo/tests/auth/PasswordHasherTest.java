package auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // Low iteration count keeps the suite fast; the algorithm is the same.
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hash_doesNotContainPlainPassword() {
        String stored = hasher.hash("correct horse battery");

        assertFalse(stored.contains("correct horse battery"));
    }

    @Test
    void hash_samePasswordTwice_usesDifferentSalts() {
        assertNotEquals(hasher.hash("correct horse battery"), hasher.hash("correct horse battery"));
    }

    @Test
    void verify_correctPassword_returnsTrue() {
        String stored = hasher.hash("correct horse battery");

        assertTrue(hasher.verify("correct horse battery", stored));
    }

    @Test
    void verify_wrongPassword_returnsFalse() {
        String stored = hasher.hash("correct horse battery");

        assertFalse(hasher.verify("correct horse staple", stored));
    }

    @Test
    void verify_hashFromOlderIterationCount_stillAccepted() {
        String stored = new PasswordHasher(500).hash("correct horse battery");

        assertTrue(hasher.verify("correct horse battery", stored));
    }

    @Test
    void verify_corruptStoredValue_returnsFalse() {
        assertFalse(hasher.verify("anything", "not-a-hash"));
    }

    @Test
    void hash_tooShortPassword_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash("short"));
    }
}

package io.jenkins.plugins.comet.client.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The credential rule: the global key goes only to the global URL. */
class ServiceChoiceTest {
    private static final String GLOBAL_URL = "https://comet.example:8443/";

    @Test
    void resolve_nothingInTheStep_usesTheGlobalUrlAndKey() {
        assertEquals(new ServiceChoice(GLOBAL_URL, "global-key", true), ServiceChoice.resolve("", "", GLOBAL_URL, "global-key"));
    }

    @Test
    void resolve_ownUrlWithoutCredential_neverGetsTheGlobalKey() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> ServiceChoice.resolve("http://attacker.example/", "", GLOBAL_URL, "global-key"));
        assertTrue(error.getMessage().contains("name a credential for this URL"), error.getMessage());
    }

    @Test
    void resolve_ownUrlEqualToTheGlobalOne_mayUseTheGlobalKey() {
        var choice = ServiceChoice.resolve("HTTPS://Comet.Example:8443", null, GLOBAL_URL, "global-key");
        assertEquals("global-key", choice.credentialsId());
        assertTrue(choice.globalKey());
    }

    @Test
    void resolve_samePathOtherPortOrScheme_isAnotherService() {
        assertThrows(IllegalArgumentException.class, () -> ServiceChoice.resolve("https://comet.example:9443/", "", GLOBAL_URL, "k"));
        assertThrows(IllegalArgumentException.class, () -> ServiceChoice.resolve("http://comet.example:8443/", "", GLOBAL_URL, "k"));
    }

    @Test
    void resolve_ownUrlAndOwnCredential_usesBoth() {
        assertEquals(new ServiceChoice("http://127.0.0.1:5000/", "mine", false),
                ServiceChoice.resolve("http://127.0.0.1:5000/", "mine", GLOBAL_URL, "global-key"));
    }

    @Test
    void resolve_missingUrlOrKey_saysWhatIsMissing() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceChoice.resolve("", "k", "", ""))
                .getMessage().startsWith("no service URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceChoice.resolve("", "", GLOBAL_URL, " "))
                .getMessage().startsWith("no API key credential"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ServiceChoice.resolve("ftp://x/", "k", GLOBAL_URL, "g"))
                .getMessage().contains("http://"));
    }
}
